import { render } from 'preact';
import './styles/base.css';
import './styles/controls.css';
import './styles/names.css';
import './styles/options.css';
import { DetectionSettingsForm } from './components/DetectionSettingsForm';
import { ExpectedAttendees } from './components/ExpectedAttendees';
import { JitsiDomains } from './components/JitsiDomains';
import { SafeViewSettingsForm } from './components/SafeViewSettingsForm';
import { ShieldSettingsForm } from './components/ShieldSettingsForm';
import { createBrowserConnector } from './connector';
import { setMessageSource, t } from './i18n';
import {
  browserDetectionSettings,
  browserDomainStore,
  browserPanicOptions,
  browserReportSettings,
  browserSafeViewSettings,
  browserShieldSettings,
} from './options-connector';
import { PanicOptionsForm } from './components/PanicOptionsForm';
import { ReportSettings } from './components/ReportSettings';

// The options page: what panic does, Shield's automatic actions, safe view, the detection rules,
// the expected attendees, self-hosted Jitsi domains, and where reports go.
const connector = createBrowserConnector();
setMessageSource(connector.getMessage, connector.uiLanguage());
document.documentElement.lang = connector.uiLanguage();
document.title = t('options_title');

render(
  <main class="options">
    <h1>{t('options_title')}</h1>
    <PanicOptionsForm store={browserPanicOptions} />
    <ShieldSettingsForm store={browserShieldSettings} />
    <SafeViewSettingsForm store={browserSafeViewSettings} />
    <DetectionSettingsForm store={browserDetectionSettings} />
    <ExpectedAttendees store={browserDetectionSettings} />
    <JitsiDomains store={browserDomainStore} />
    <ReportSettings store={browserReportSettings} />
  </main>,
  document.getElementById('app')!,
);
