document.getElementById('app')!.textContent = 'practice';
if (location.protocol.endsWith('-extension:')) void import('./drill');
