/**
 * The newsroom's side: bearer tokens and editor accounts (with their store), validated article writes committed
 * then fanned out, and scheduled publishing (with its store).
 */
package news.akhbar.editor;
