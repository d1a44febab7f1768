import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '769eaa09bed27db2e57551d7fb60d66bef0a2e950d8a95d104ad996b52832251') {
    pending.push(import('./chunks/chunk-a2500796c53f959396fbc2b258fc636c6e85d3d30d7ebdc931a1ba69ca7ae291.js'));
  }
  if (key === '44edfde8add1b50dcba02216ace3135e39d55d5237f1c4bf10374e0fcbb718e9') {
    pending.push(import('./chunks/chunk-a2500796c53f959396fbc2b258fc636c6e85d3d30d7ebdc931a1ba69ca7ae291.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}