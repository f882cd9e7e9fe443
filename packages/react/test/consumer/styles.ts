import '@wamigrate/react/styles.css';
import '@wamigrate/react/styles.layer.css';
