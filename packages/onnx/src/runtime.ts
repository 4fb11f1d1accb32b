/**
 * onnxruntime-node, loaded on first use with its telemetry off.
 *
 * onnxruntime 1.2x+ ships Microsoft telemetry that is on by default: every process that creates a
 * session leaves `mat-debug-<pid>.log` in the temp folder, writes a device id and events into
 * `~/.cache/Microsoft/DeveloperTools/.onnxruntime/`, and after a few seconds resolves Microsoft's
 * telemetry host. The native library reads `ORT_DISABLE_TELEMETRY` when the runtime starts, so
 * it must be set before the module loads: that is why the import is dynamic (a static import of
 * an external module is evaluated before any code of a bundle that imports it). A value the
 * caller set (`ORT_DISABLE_TELEMETRY=0` to opt in) is left as it is.
 */
export type Runtime = typeof import('onnxruntime-node');

let runtime: Promise<Runtime> | undefined;

export function loadRuntime(): Promise<Runtime> {
  if (runtime) return runtime;
  if (process.env.ORT_DISABLE_TELEMETRY === undefined) process.env.ORT_DISABLE_TELEMETRY = '1';
  runtime = import('onnxruntime-node');
  return runtime;
}
