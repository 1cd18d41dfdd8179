# The HTTP cache in front of the app: keeps anonymous answers (API reads, feeds, calendars, the sitemap) and
# forgets them by key when the app says a change touched them. Each answer names its keys in `xkey` (and
# `Surrogate-Key` for CDNs); the app purges with `PURGE /` and the keys in `xkey-purge` (CACHE_PURGE_URL).
# Needs the xkey module (Debian: varnish-modules; the official varnish image has it).
vcl 4.1;

import xkey;

backend app {
  .host = "app";
  .port = "3000";
}

# Who may purge: the app's replicas. Add their network here when they run on other hosts.
acl purgers {
  "127.0.0.1";
  "::1";
  "app";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Not allowed to purge"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "A purge names the keys to forget in xkey-purge"));
    }
    set req.http.purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.purged));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Signed-in callers (a session cookie, an API key) and the admin always reach the app.
  if (req.http.Authorization || req.http.Cookie || req.url ~ "^/admin") {
    return (pass);
  }
  return (hash);
}

sub vcl_backend_response {
  # Only answers the app filed under keys are kept; everything else goes through as the app says.
  if (!beresp.http.xkey) {
    set beresp.uncacheable = true;
    return (deliver);
  }
}

sub vcl_deliver {
  set resp.http.X-Cache = "MISS";
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  }
  unset resp.http.xkey;
}
