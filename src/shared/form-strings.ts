import type { StringTable } from './strings.js';

/**
 * The British English strings both form widgets (the ladder and pros-cons)
 * word alike: the shared action buttons, "Clear my answers" with its "Undo",
 * the note on what persist keeps, and the report's date. Written once, so a
 * page with both widgets carries them once; each widget's table starts with
 * them, and a page replaces them per widget as any other key.
 */
export const formStrings: StringTable = {
  'actions.copy': 'Copy as text',
  'actions.json': 'Download JSON',
  'actions.clear': 'Clear my answers',
  'actions.undo': 'Undo',
  copied: 'Copied to the clipboard.',
  cleared: 'Your answers are cleared.',
  'cleared.undoHint': 'To bring them back, choose “Undo”.',
  restored: 'Your answers are back.',
  'persist.note': 'Your answers are kept on this device only.',
  'persist.failed': 'Your answers cannot be kept on this device, but everything else works.',
  'report.date': 'Date: {date}',
};
