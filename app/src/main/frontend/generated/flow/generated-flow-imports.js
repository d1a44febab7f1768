import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'd6844ac1d8551187f96e987f674e211d2388901767cc5336c64af4e3187e5339') {
    pending.push(import('./chunks/chunk-0b4ee42e8f7896365b519415e89f2617fecacc38ebd4e744a43a86cb260e1e3a.js'));
  }
  if (key === '0acada6cf43ea0d6f69965e74c4b038e1483e6ddd5aa2e7f9507a6f8c9a176e4') {
    pending.push(import('./chunks/chunk-3815097c214eb45c87b92c931be865c79d46202f54f25faf6dc85bf29e13c30a.js'));
  }
  if (key === 'a00325d31536e0caf7ad7574cba5bbc5f07f00308a0eed2fafa849b19f1b94af') {
    pending.push(import('./chunks/chunk-0ef90f1f9aefb770ee54c69ca44d0273383c08a32b93b4170a62a42aa6f83655.js'));
  }
  if (key === '769eaa09bed27db2e57551d7fb60d66bef0a2e950d8a95d104ad996b52832251') {
    pending.push(import('./chunks/chunk-aebab278c837166e4eed288663734ebd1da549f05fd815eb9b20a0f5228dffac.js'));
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