/** The newsroom's side: validated article writes behind bearer tokens, committed then fanned out. */
package news.akhbar.editor;
