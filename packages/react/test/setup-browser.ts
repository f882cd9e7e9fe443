import './setup';
// The browser tests see the guide as a portal shows it: with the optional stylesheet (target sizes, focus).
import '../src/styles.css';
