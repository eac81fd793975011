/**
 * Live coverage: a breaking story told as it happens (coverages, entries) and its audience, "N reading now": each
 * instance counts its own readers of a coverage, and the instances share those counts through Redis.
 */
package news.akhbar.live;
