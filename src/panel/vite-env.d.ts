/// <reference types="vite/client" />
// CSS imports in main.tsx are resolved by vite; this gives TypeScript their module declarations.
