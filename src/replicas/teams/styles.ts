/** Just enough layout for e2e screenshots and real scrolling; the DOM, not the look, is the point. */
export const CSS = `
.tgr-app { font: 14px 'Segoe UI', sans-serif; display: flex; flex-direction: column; height: 100vh; background: #1f1f1f; color: #fff; }
.tgr-header { display: flex; gap: 12px; padding: 8px 16px; align-items: center; }
.tgr-header [data-tid="me-control-avatar"] { width: 28px; height: 28px; border-radius: 50%; background: #5b5fc7; margin-left: auto; }
.tgr-body { flex: 1; display: flex; min-height: 0; }
.tgr-stage { flex: 1; display: flex; flex-direction: column; gap: 8px; padding: 8px; overflow: hidden; }
.tgr-gallery { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; flex: 1; }
.tgr-share [data-stream-type] { height: 240px; background: #000; }
.tgr-tile, [data-cid="calling-participant-stream"] { background: #292929; border-radius: 4px; position: relative; min-height: 80px; }
.tgr-nametag { position: absolute; left: 8px; bottom: 8px; }
.tgr-side { width: 320px; display: flex; }
.tgr-pane { display: flex; flex-direction: column; width: 100%; background: #292929; }
.tgr-pane__header { display: flex; gap: 8px; align-items: center; padding: 8px; }
.tgr-scroller { flex: 1; overflow-y: auto; height: 528px; }
[role="treeitem"] { box-sizing: border-box; display: flex; align-items: center; padding: 0 8px; }
.fui-TreeItemPersonaLayout { display: flex; gap: 8px; align-items: center; width: 100%; }
.tgr-toolbar { display: flex; gap: 8px; padding: 8px; justify-content: center; }
[data-portal-node] [role="menu"], [data-portal-node] [role="listbox"] { position: fixed; top: 80px; right: 340px; background: #333; min-width: 200px; }
[data-portal-node] [role="dialog"] { position: fixed; top: 30%; left: 35%; background: #333; padding: 16px; }
[role="menuitem"], [role="option"] { padding: 6px 12px; cursor: pointer; }
`;
