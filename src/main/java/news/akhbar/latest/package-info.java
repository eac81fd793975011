/**
 * The newest news held in memory by every instance: booted from one snapshot of the store, kept current by the
 * ordered fan-out, published as immutable snapshots that lists, article reads, pages and feeds are answered from
 * (pre-encoded, gzipped, with strong ETags), with the stories whose live coverage runs (LiveStories), so lists and
 * pages mark them without a read of their own. Its stores page the archive for what lies outside memory.
 */
package news.akhbar.latest;
