import { render } from 'preact';
render(<p>Hostguard</p>, document.getElementById('app')!);
