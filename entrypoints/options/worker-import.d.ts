/** Vite's `?worker` import: a constructor for the module, bundled as a worker of its own. */
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
