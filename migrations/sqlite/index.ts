import * as migration_20261129_104704_initial from './20261129_104704_initial';
import * as migration_20261129_192321_account_throttle from './20261129_192321_account_throttle';
import * as migration_20261129_201947_roles_and_authorship from './20261129_201947_roles_and_authorship';
import * as migration_20261129_210914_review_and_scheduling from './20261129_210914_review_and_scheduling';
import * as migration_20261129_220617_one_zone_and_current_zone_names from './20261129_220617_one_zone_and_current_zone_names';
import * as migration_20261202_185125_member_organisations from './20261202_185125_member_organisations';
import * as migration_20261203_074952_site_settings from './20261203_074952_site_settings';
import * as migration_20261203_090422_api_keys from './20261203_090422_api_keys';
import * as migration_20261203_150004_webhooks from './20261203_150004_webhooks';
import * as migration_20261203_154632_translation_parent_indexes from './20261203_154632_translation_parent_indexes';
import * as migration_20261203_194800_events_search_text from './20261203_194800_events_search_text';
import * as migration_20261204_165347_version_list_indexes from './20261204_165347_version_list_indexes';
import * as migration_20261207_060655_mail_and_invitations from './20261207_060655_mail_and_invitations';
import * as migration_20261207_063637_sign_in_providers from './20261207_063637_sign_in_providers';
import * as migration_20261207_110711_imports from './20261207_110711_imports';

export const migrations = [
  {
    up: migration_20261129_104704_initial.up,
    down: migration_20261129_104704_initial.down,
    name: '20261129_104704_initial',
  },
  {
    up: migration_20261129_192321_account_throttle.up,
    down: migration_20261129_192321_account_throttle.down,
    name: '20261129_192321_account_throttle',
  },
  {
    up: migration_20261129_201947_roles_and_authorship.up,
    down: migration_20261129_201947_roles_and_authorship.down,
    name: '20261129_201947_roles_and_authorship',
  },
  {
    up: migration_20261129_210914_review_and_scheduling.up,
    down: migration_20261129_210914_review_and_scheduling.down,
    name: '20261129_210914_review_and_scheduling',
  },
  {
    up: migration_20261129_220617_one_zone_and_current_zone_names.up,
    down: migration_20261129_220617_one_zone_and_current_zone_names.down,
    name: '20261129_220617_one_zone_and_current_zone_names',
  },
  {
    up: migration_20261202_185125_member_organisations.up,
    down: migration_20261202_185125_member_organisations.down,
    name: '20261202_185125_member_organisations',
  },
  {
    up: migration_20261203_074952_site_settings.up,
    down: migration_20261203_074952_site_settings.down,
    name: '20261203_074952_site_settings',
  },
  {
    up: migration_20261203_090422_api_keys.up,
    down: migration_20261203_090422_api_keys.down,
    name: '20261203_090422_api_keys',
  },
  {
    up: migration_20261203_150004_webhooks.up,
    down: migration_20261203_150004_webhooks.down,
    name: '20261203_150004_webhooks',
  },
  {
    up: migration_20261203_154632_translation_parent_indexes.up,
    down: migration_20261203_154632_translation_parent_indexes.down,
    name: '20261203_154632_translation_parent_indexes',
  },
  {
    up: migration_20261203_194800_events_search_text.up,
    down: migration_20261203_194800_events_search_text.down,
    name: '20261203_194800_events_search_text',
  },
  {
    up: migration_20261204_165347_version_list_indexes.up,
    down: migration_20261204_165347_version_list_indexes.down,
    name: '20261204_165347_version_list_indexes',
  },
  {
    up: migration_20261207_060655_mail_and_invitations.up,
    down: migration_20261207_060655_mail_and_invitations.down,
    name: '20261207_060655_mail_and_invitations',
  },
  {
    up: migration_20261207_063637_sign_in_providers.up,
    down: migration_20261207_063637_sign_in_providers.down,
    name: '20261207_063637_sign_in_providers',
  },
  {
    up: migration_20261207_110711_imports.up,
    down: migration_20261207_110711_imports.down,
    name: '20261207_110711_imports'
  },
];
