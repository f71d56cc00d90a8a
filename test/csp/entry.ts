// Every element, as an app would load them, on a page served with a strict Content-Security-Policy.
import '@mingzheng/elements';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
(window as unknown as { cspViolations: string[] }).cspViolations = violations;
