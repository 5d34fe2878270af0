// Shared vitest setup. Component tests opt into a DOM with `// @vitest-environment happy-dom`.
export {};
