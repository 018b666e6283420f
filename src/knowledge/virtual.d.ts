declare module 'virtual:knowledge-base' {
  const kb: import('./compile.ts').CompiledKb;
  export default kb;
}
