// Whether this browser's WebGL draws on the CPU (SwiftShader: headless Chromium and Chrome on a
// machine without a usable GPU; Mesa's llvmpipe; Windows' Basic Render Driver). There 4× MSAA
// multiplies the cost of every frame (a 2,000-desk floor in plan: ~140 ms a frame with it, ~40 ms
// without, SwiftShader on 2 cores), and a frame blocks the page while the compositor reads the
// canvas back, so the canvas is made without MSAA on such a renderer.

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** True when the renderer's name says it rasterises on the CPU. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE_RENDERERS.test(name);
}

let answer: boolean | null = null;

/** Asks a throwaway WebGL context once (a few ms) which renderer the page gets; false where unknown. */
export function softwareRendering(): boolean {
  if (answer !== null) return answer;
  answer = false;
  if (typeof document === 'undefined') return answer;
  const context = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
  if (!context) return answer;
  const info = context.getExtension('WEBGL_debug_renderer_info');
  answer = isSoftwareRenderer(String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER)));
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return answer;
}
