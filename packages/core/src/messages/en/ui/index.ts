export { checklist } from './checklist';
export { guide } from './guide';
export { live } from './live';
export { picker } from './picker';
export { reference } from './reference';
export { stepper } from './stepper';
export { troubleshooting } from './troubleshooting';
