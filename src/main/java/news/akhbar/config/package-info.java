/** The configuration record, read from the environment once; features get what they need through constructors. */
package news.akhbar.config;
