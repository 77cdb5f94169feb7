// Dev mock only: URL switches to land on a screen for screenshots,
// e.g. `?open=1&screen=wizard&step=3`, `?open=1&screen=risks`.
import { app, type Screen } from '../lib/app.svelte';

export async function drive(): Promise<void> {
  const p = new URLSearchParams(location.search);
  const open = Number(p.get('open'));
  const screen = p.get('screen') as Screen | null;
  if (!open && !screen) return;
  while (!app.ready) await new Promise((r) => setTimeout(r, 20));
  if (open) await app.open(open, screen ?? 'wizard');
  else if (screen) app.screen = screen;
  if (p.get('step')) app.goStep(Number(p.get('step')));
}
