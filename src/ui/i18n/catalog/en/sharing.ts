import { PRESETS } from '../../../../state/presets';
import type { PresetId } from '../../../../state/presets';

/** A preset's English words are the preset's own (the command line and tests read them there). */
const preset = (id: PresetId) => {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};

/** Sharing, saved scenarios, presets, files, layout, form buttons and notices. */
export const sharing = {
  'preset.heading': 'Presets',
  'preset.reset': 'Reset to defaults',
  'preset.isvInvestsMore': preset('isv-invests-more').title,
  'preset.isvInvestsMore.explanation': preset('isv-invests-more').explanation,
  'preset.mspInvestsMore': preset('msp-invests-more').title,
  'preset.mspInvestsMore.explanation': preset('msp-invests-more').explanation,
  'preset.equalInvestments': preset('equal-investments').title,
  'preset.equalInvestments.explanation': preset('equal-investments').explanation,
  'preset.slowStart': preset('slow-start').title,
  'preset.slowStart.explanation': preset('slow-start').explanation,
  'preset.fastGrowth': preset('fast-growth-market-cap').title,
  'preset.fastGrowth.explanation': preset('fast-growth-market-cap').explanation,

  'sharing.toolbar': 'Share this scenario',
  'sharing.copyLink': 'Copy link',
  'sharing.linkCopied': 'Link copied',
  'sharing.copyManual': 'Copy this link:',

  'file.export': 'Export .json',
  'file.import': 'Import .json',
  'file.importLabel': 'Import a scenario file',
  'file.imported': 'Imported “{name}”.',

  'saved.heading': 'Saved scenarios',
  'saved.unavailable':
    'This browser does not allow saving scenarios here. Export them as files instead.',
  'saved.saveAs': 'Save as',
  'saved.untitled': 'Untitled scenario',
  'saved.save': 'Save scenario',
  'saved.clash': 'A saved scenario is already called “{name}”.',
  'saved.replace': 'Replace it',
  'saved.keepBoth': 'Keep both',
  'saved.cancel': 'Cancel',
  'saved.saved': 'Saved “{name}”.',
  'saved.replaced': 'Replaced “{name}”.',
  'saved.savedAnother': 'Saved another “{name}”.',
  'saved.restored': 'Restored “{name}”.',
  'saved.notRestored': '“{name}” could not be restored: this browser refused to store it.',
  'saved.undoDelete': 'Undo deleting “{name}”',
  'saved.unreadable':
    '{count, plural, one {# stored entry could not be read; it was left untouched:} other {# stored entries could not be read; they were left untouched:}}',
  'saved.empty': 'No saved scenarios yet.',
  'saved.loaded': 'Loaded “{name}”.',
  'saved.renamed': 'Renamed.',
  'saved.duplicated': 'Duplicated “{name}”.',
  'saved.deleted': 'Deleted “{name}”.',
  'saved.newName': 'New name',
  'saved.saveName': 'Save name',
  'saved.load': 'Load',
  'saved.rename': 'Rename',
  'saved.duplicate': 'Duplicate',
  'saved.delete': 'Delete',

  // Why the browser's storage refused a change, and why a stored entry could not be read.
  'saved.problem.full':
    'The browser’s storage for this site is full, so {action, select, save {the scenario was not saved} rename {it was not renamed} duplicate {it was not duplicated} other {it was not deleted}}. Delete saved scenarios you no longer need, or export this one as a file.',
  'saved.problem.blocked':
    'This browser does not allow saving here (its storage is turned off or unavailable), so {action, select, save {the scenario was not saved} rename {it was not renamed} duplicate {it was not duplicated} other {it was not deleted}}. Export the scenario as a file instead.',
  'saved.problem.gone':
    'That saved scenario no longer exists (it may have been deleted in another tab).',
  'saved.unread.empty': 'it is empty',
  'saved.unread.damaged': 'it is not readable data (damaged)',
  'saved.unread.notSaved': 'it is not a saved scenario',
  'saved.unread.newer': 'it was saved by a newer version of the simulator',
  'saved.unread.notOurs': 'it is not a saved scenario of this app',
  'saved.unread.storage': 'the browser’s storage could not be read',
  'saved.unread.rejected': 'it is damaged',

  'notice.dismiss': 'Dismiss',

  // What the gate found in a link, a file or a saved entry. `source` is link, file or saved.
  'gate.empty':
    '{source, select, link {This link is empty.} file {This file is empty.} other {This saved scenario is empty.}}',
  'gate.tooLong':
    '{source, select, link {This link is far too long to be a scenario ({length} characters), so it was not read.} file {This file is far too long to be a scenario ({length} characters), so it was not read.} other {This saved scenario is far too long to be a scenario ({length} characters), so it was not read.}}',
  'gate.notDecodable':
    '{source, select, link {This link is damaged: its scenario could not be unpacked. It may have been cut off when it was copied.} file {This file is damaged: its scenario could not be unpacked. It may have been cut off when it was copied.} other {This saved scenario is damaged: its scenario could not be unpacked. It may have been cut off when it was copied.}}',
  'gate.notJson':
    '{source, select, link {This link does not contain readable scenario data (it is not JSON).} file {This file does not contain readable scenario data (it is not JSON).} other {This saved scenario does not contain readable scenario data (it is not JSON).}}',
  'gate.notObject':
    '{source, select, link {This link does not contain a scenario.} file {This file does not contain a scenario.} other {This saved scenario does not contain a scenario.}}',
  'gate.noVersion':
    '{source, select, link {This link does not say which scenario format version it uses, so it was not read.} file {This file does not say which scenario format version it uses, so it was not read.} other {This saved scenario does not say which scenario format version it uses, so it was not read.}}',
  'gate.newerVersion':
    '{source, select, link {This link was made with a newer version of the simulator (scenario format {version}; this app reads up to format {readsUpTo}). Open it in the newest version of the app.} file {This file was made with a newer version of the simulator (scenario format {version}; this app reads up to format {readsUpTo}). Open it in the newest version of the app.} other {This saved scenario was made with a newer version of the simulator (scenario format {version}; this app reads up to format {readsUpTo}). Open it in the newest version of the app.}}',
  'gate.unknownVersion':
    '{source, select, link {This link uses a scenario format version this app does not know, so it was not read.} file {This file uses a scenario format version this app does not know, so it was not read.} other {This saved scenario uses a scenario format version this app does not know, so it was not read.}}',
  'gate.unreadable':
    '{source, select, link {This link could not be read as a scenario.} file {This file could not be read as a scenario.} other {This saved scenario could not be read as a scenario.}}',
  'gate.fallbackDefault': 'The app shows the default scenario instead.',
  'gate.fallbackKept': 'The current scenario was kept.',
  'gate.refused': '{problem} {fallback}',
  'gate.replaced':
    '{source, select, link {This link had {count, plural, one {an invalid value; it was} other {# invalid values; they were}} replaced by the default: {labels}.} file {This file had {count, plural, one {an invalid value; it was} other {# invalid values; they were}} replaced by the default: {labels}.} other {This saved scenario had {count, plural, one {an invalid value; it was} other {# invalid values; they were}} replaced by the default: {labels}.}}',
  'gate.ignored':
    '{source, select, link {This link had fields this app does not know; they were ignored.} file {This file had fields this app does not know; they were ignored.} other {This saved scenario had fields this app does not know; they were ignored.}}',
  'gate.replacedField': '{label}: {message}.',
  // A replaced field: its name (partner fields with their section) and its problem's words.
  'gate.fieldOfSection': '{field} ({section})',
  'gate.notGroup': '{section} is not a group of fields',
  'gate.invalidValue': '{label} has an invalid value',
  'gate.invalidCurrency': '{label} must be 3 capital letters A-Z, like CHF',
  'gate.withDefault': '{problem}, even with the default {field}',
  'gate.ignoredField': 'Unknown field “{key}” was ignored.',
} as const;
