import { useEffect, useState } from 'react';
import stringWidth from 'string-width';
import { describeError } from '../../i18n/index.js';
import { useApp } from '../app-context.js';
import { useCommands } from '../keymap.js';
import { PRINT_PREVIEW_COMMANDS } from './shell-commands.js';

/** Lines one PageUp or PageDown moves less than a full page, so the reader keeps context. */
const PAGE_OVERLAP = 2;

export type PrintPreviewView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; lines: string[]; offset: number; paperColumns: number; total: number };

/**
 * The text preview of one print job, scrolled with ↑/↓ and PageUp/PageDown. The preview is
 * rendered at the paper's width, so its widest line (rules span the paper) is the box width.
 */
export function usePrintPreview(jobId: number, pageLines: number): PrintPreviewView {
  const { service, t } = useApp();
  const [loaded, setLoaded] = useState<{ lines: string[] } | { error: string } | null>(null);
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    try {
      setLoaded({ lines: service.previewText(jobId).replace(/\n$/, '').split('\n') });
    } catch (error) {
      setLoaded({ error: describeError(error, t) });
    }
  }, [service, t, jobId]);

  const total = loaded !== null && 'lines' in loaded ? loaded.lines.length : 0;
  const maxOffset = Math.max(0, total - pageLines);
  const page = Math.max(1, pageLines - PAGE_OVERLAP);
  const scrollTo = (next: number) => setOffset(Math.min(maxOffset, Math.max(0, next)));

  useCommands(
    PRINT_PREVIEW_COMMANDS,
    (id) => {
      if (id === 'preview.up') scrollTo(offset - 1);
      else if (id === 'preview.down') scrollTo(offset + 1);
      else if (id === 'preview.page_up') scrollTo(offset - page);
      else if (id === 'preview.page_down') scrollTo(offset + page);
      else return false;
      return true;
    },
    { isActive: total > 0 },
  );

  if (loaded === null) return { kind: 'loading' };
  if ('error' in loaded) return { kind: 'error', message: loaded.error };
  const paperColumns = loaded.lines.reduce((widest, line) => Math.max(widest, stringWidth(line)), 0);
  return { kind: 'ready', lines: loaded.lines.slice(offset, offset + pageLines), offset, paperColumns, total };
}
