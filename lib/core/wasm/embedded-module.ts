/**
 * A WebAssembly module embedded as base64 in lib/generated/wasm (scripts/wasm/compile.ts),
 * compiled once on first use. Null where this runtime has no WebAssembly or refuses the
 * module (a browser whose Content-Security-Policy forbids it, a runtime without a feature the
 * module needs): every caller then runs its JavaScript copy of the same loop.
 */
export function embeddedModule(base64: string): () => WebAssembly.Module | null {
  let compiled: WebAssembly.Module | null | undefined;
  return () => {
    if (compiled === undefined) {
      try {
        compiled =
          typeof WebAssembly === 'object' ? new WebAssembly.Module(decodeBase64(base64)) : null;
      } catch {
        compiled = null;
      }
    }
    return compiled;
  };
}

// atob is a global of every runtime this runs in (Node, browsers); Buffer is Node's alone.
function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}
