/** A catalogue in i18next's nested JSON shape: `{ step: { 'add-whatsapp-channel': { title: '...' } } }`. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}
