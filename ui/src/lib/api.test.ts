// The IPC contract for files: no command sends a path from the page, only a dialog's token.
import { describe, expect, it } from 'vitest';
import { api } from './api';

describe('file commands send tokens, never paths', () => {
  it('every file command passes `token` and no `path`', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    (globalThis as unknown as { window: unknown }).window = {
      __TAURI_INTERNALS__: { invoke: async (cmd: string, args: Record<string, unknown>) => void calls.push([cmd, args]) },
    };
    await api.openDatabase('t1');
    await api.assessmentsImport('t2');
    await api.assessmentsExport(1, 't3');
    await api.documentsExport(1, 'starter', 'pdf', 'nl', 't4');
    await api.showInFolder('t5');
    await api.pickOpenFile('import', 'DPIA', ['json']);
    await api.pickSaveFile('x.pdf', 'PDF', ['pdf']);
    expect(calls.map(([c]) => c)).toEqual([
      'open_database',
      'assessments_import',
      'assessments_export',
      'documents_export',
      'show_in_folder',
      'pick_open_file',
      'pick_save_file',
    ]);
    for (const [cmd, args] of calls) expect(Object.keys(args), cmd).not.toContain('path');
    // The language is the app's; only an export names the language of its document.
    for (const [cmd, args] of calls) if (cmd !== 'documents_export') expect(Object.keys(args), cmd).not.toContain('lang');
    expect(calls.slice(0, 5).map(([, a]) => a.token)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(calls[5][1].purpose).toBe('import');
  });
});
