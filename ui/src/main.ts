import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { app } from './lib/app.svelte';
import { api, useApi } from './lib/backend';

// Closing the window: the shell holds the close, calls this, and closes when it is told that
// every pending edit is saved (or after a few seconds, whatever the page does).
(window as unknown as { __dpiaFlush: () => Promise<void> }).__dpiaFlush = async () => {
  try {
    await app.flushAll();
  } finally {
    await api.closeReady();
  }
};

async function start() {
  // Dev-only stand-in for the Tauri backend (`vite --mode mock`); the condition is a constant in
  // every other mode, so the mock and its fixtures are not part of the production bundle.
  if (import.meta.env.MODE === 'mock') {
    const { mockApi } = await import('./mock/api');
    useApi(mockApi);
    mount(App, { target: document.getElementById('app')! });
    await (await import('./mock/drive')).drive();
    return;
  }
  mount(App, { target: document.getElementById('app')! });
}

void start();
