/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const locales = fileURLToPath(new URL('../locales', import.meta.url));

export default defineConfig({
  plugins: [svelte()],
  // Relative asset URLs: the Tauri webview loads dist/ from its own origin.
  base: './',
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The Fluent files live beside ui/, in the repository's locales/.
    fs: { allow: [here, locales] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
