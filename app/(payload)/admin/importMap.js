import { ReadOnlyNotice as ReadOnlyNotice_b802252c9235fa53724bc4440d186f86 } from '../../../src/admin/ReadOnlyNotice'
import { TitleCell as TitleCell_0e066129057433a3376ceed7ca632b84 } from '../../../src/admin/TitleCell'
import { TitleHint as TitleHint_ad48eb927ba5e7a88e3d73997e86400f } from '../../../src/admin/TitleHint'
import { TranslationHint as TranslationHint_0f40a3ffef32eb6da27e247023550c14 } from '../../../src/admin/TranslationHint'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { EventDateCell as EventDateCell_b1dd7116784c5e5d1d48c2e394f9a453 } from '../../../src/admin/EventDateCell'
import { KeepWallClock as KeepWallClock_5ae80e8bc2ef0cd8d1204c228c39fcb0 } from '../../../src/admin/KeepWallClock'
import { NamesCell as NamesCell_6d602827096c67425adb766919cfbd0c } from '../../../src/admin/NamesCell'
import { ImportedFacts as ImportedFacts_01d31184b7802c26a55f45bccf830d56 } from '../../../src/admin/import/ImportedFacts'
import { AuthorCell as AuthorCell_0fb7d5f6dccf0e84e5843ebde2e04131 } from '../../../src/admin/AuthorName'
import { AuthorField as AuthorField_0fb7d5f6dccf0e84e5843ebde2e04131 } from '../../../src/admin/AuthorName'
import { TranslationsCell as TranslationsCell_91aeedf79ab257e7c3936281e916d616 } from '../../../src/admin/TranslationsCell'
import { ShowDraftErrors as ShowDraftErrors_f5db535c2262401dbfeb4b581f2de074 } from '../../../src/admin/ShowDraftErrors'
import { ScheduleDefault as ScheduleDefault_24dc480a629b1f1f809613b2c68ef13d } from '../../../src/admin/ScheduleDefault'
import { LockHolder as LockHolder_d35423ff917e9dd23ff7d21f9caf81bb } from '../../../src/admin/LockHolder'
import { PreviewLink as PreviewLink_22b524e9c7cfeabddb2b72c08f70dd1c } from '../../../src/admin/PreviewLink'
import { InvitationActions as InvitationActions_edbd2a7a53043ba403de2d8182d7a1dd } from '../../../src/admin/InvitationActions'
import { ProgressCell as ProgressCell_0a2225eef741505a97e8fa05cdceb94e } from '../../../src/admin/import/ProgressCell'
import { ImportReport as ImportReport_d9c83e98ddd972e9d4b35cf1c3cc7262 } from '../../../src/admin/import/ImportReport'
import { SignInWith as SignInWith_60c093debae0d9a36e36fff30f233500 } from '../../../src/admin/SignInWith'
import { ImportNavLink as ImportNavLink_c1fd6255a5c11d7a1da298bedc216427 } from '../../../src/admin/import/ImportNavLink'
import { Dashboard as Dashboard_0e40dcc78d39e577ce0ac8f99e5b93ee } from '../../../src/admin/Dashboard'
import { WrongAddressNotice as WrongAddressNotice_1565f7e0f6e8a993bdf80b982ed7da7b } from '../../../src/admin/WrongAddress'
import { InvitationView as InvitationView_6b176fcd63807b09bb993287c488b51b } from '../../../src/admin/InvitationView'
import { SignInProblem as SignInProblem_df28646dff3043b31d3e3c6613aadc03 } from '../../../src/admin/SignInProblem'
import { ImportView as ImportView_444c913ee29d645740d0a81eed48348b } from '../../../src/admin/import/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/ReadOnlyNotice#ReadOnlyNotice": ReadOnlyNotice_b802252c9235fa53724bc4440d186f86,
  "/src/admin/TitleCell#TitleCell": TitleCell_0e066129057433a3376ceed7ca632b84,
  "/src/admin/TitleHint#TitleHint": TitleHint_ad48eb927ba5e7a88e3d73997e86400f,
  "/src/admin/TranslationHint#TranslationHint": TranslationHint_0f40a3ffef32eb6da27e247023550c14,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/EventDateCell#EventDateCell": EventDateCell_b1dd7116784c5e5d1d48c2e394f9a453,
  "/src/admin/KeepWallClock#KeepWallClock": KeepWallClock_5ae80e8bc2ef0cd8d1204c228c39fcb0,
  "/src/admin/NamesCell#NamesCell": NamesCell_6d602827096c67425adb766919cfbd0c,
  "/src/admin/import/ImportedFacts#ImportedFacts": ImportedFacts_01d31184b7802c26a55f45bccf830d56,
  "/src/admin/AuthorName#AuthorCell": AuthorCell_0fb7d5f6dccf0e84e5843ebde2e04131,
  "/src/admin/AuthorName#AuthorField": AuthorField_0fb7d5f6dccf0e84e5843ebde2e04131,
  "/src/admin/TranslationsCell#TranslationsCell": TranslationsCell_91aeedf79ab257e7c3936281e916d616,
  "/src/admin/ShowDraftErrors#ShowDraftErrors": ShowDraftErrors_f5db535c2262401dbfeb4b581f2de074,
  "/src/admin/ScheduleDefault#ScheduleDefault": ScheduleDefault_24dc480a629b1f1f809613b2c68ef13d,
  "/src/admin/LockHolder#LockHolder": LockHolder_d35423ff917e9dd23ff7d21f9caf81bb,
  "/src/admin/PreviewLink#PreviewLink": PreviewLink_22b524e9c7cfeabddb2b72c08f70dd1c,
  "/src/admin/InvitationActions#InvitationActions": InvitationActions_edbd2a7a53043ba403de2d8182d7a1dd,
  "/src/admin/import/ProgressCell#ProgressCell": ProgressCell_0a2225eef741505a97e8fa05cdceb94e,
  "/src/admin/import/ImportReport#ImportReport": ImportReport_d9c83e98ddd972e9d4b35cf1c3cc7262,
  "/src/admin/SignInWith#SignInWith": SignInWith_60c093debae0d9a36e36fff30f233500,
  "/src/admin/import/ImportNavLink#ImportNavLink": ImportNavLink_c1fd6255a5c11d7a1da298bedc216427,
  "/src/admin/Dashboard#Dashboard": Dashboard_0e40dcc78d39e577ce0ac8f99e5b93ee,
  "/src/admin/WrongAddress#WrongAddressNotice": WrongAddressNotice_1565f7e0f6e8a993bdf80b982ed7da7b,
  "/src/admin/InvitationView#InvitationView": InvitationView_6b176fcd63807b09bb993287c488b51b,
  "/src/admin/SignInProblem#SignInProblem": SignInProblem_df28646dff3043b31d3e3c6613aadc03,
  "/src/admin/import/ImportView#ImportView": ImportView_444c913ee29d645740d0a81eed48348b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
