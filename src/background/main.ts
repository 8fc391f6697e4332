// Placeholder until the background lands.
export {};
