import { describe, expect, it } from 'vitest';
import { BoxGeometry, Mesh, MeshStandardMaterial } from 'three';
import { OrbitScene } from '../../../src/viz/scene/orbitScene';

class BoxScene extends OrbitScene {
  readonly box = new Mesh(new BoxGeometry(1.5, 1.5, 1.5), new MeshStandardMaterial({ color: 0xd55e00 }));
  constructor(canvas: HTMLCanvasElement) {
    super(canvas);
    this.scene.add(this.box);
    this.camera.lookAt(0, 0, 0);
  }
  protected disposeContent(): void {
    this.box.geometry.dispose();
    this.box.material.dispose();
  }
}

describe('OrbitScene (WebGL in headless Chromium)', () => {
  it('renders the scene content to the canvas', () => {
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const s = new BoxScene(canvas);
    s.resize(64, 64);
    s.setBackground('#ffffff');
    s.render();
    const gl = canvas.getContext('webgl2')!;
    const px = new Uint8Array(4);
    gl.readPixels(32, 32, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    expect(px[0]).toBeGreaterThan(px[2] + 40);
    gl.readPixels(1, 1, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    expect([px[0], px[1], px[2]]).toEqual([255, 255, 255]);
    s.dispose();
  });
});
