package news.akhbar.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.akhbar.article.Article;
import news.akhbar.json.Json;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The live archive as a Lucene index in one directory, sorted newest first, so the newest matches of even the
 * commonest word are found without visiting older ones. Each document holds the article's JSON (the hit and its
 * snippet need nothing else). The commit's user data names the last event applied. Blocking: its writes run on one
 * indexing thread, its searches on workers.
 */
final class LuceneIndex implements Closeable {

  /** The commit user data key of the last event the index holds. */
  static final String EVENT = "akhbar.event";
  /** The newest matches that are ranked, as in {@link SearchStore#CANDIDATES}. */
  static final int CANDIDATES = SearchStore.CANDIDATES;

  /** Megabytes of heap the writer buffers documents in before writing a segment; more while rebuilding. */
  private static final double BUFFER_MB = 32;
  private static final double REBUILD_BUFFER_MB = 128;
  private static final String ID = "id";
  private static final String PUBLISHED = "published";
  private static final String JSON = "json";
  private static final Sort NEWEST = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true),
      new SortField(ID, SortField.Type.LONG, true));
  private static final Pattern TAG = Pattern.compile("<[^>]*>|&[#a-zA-Z0-9]+;");
  private static final FieldType STEMMED = stemmed();
  /** The files an index is made of; anything else in the directory is left alone. */
  private static final Pattern LUCENE_FILE = Pattern.compile("(pending_)?segments_\\w+|_\\w+\\.\\w+|write\\.lock");

  /** A ranked hit: the article, its JSON as stored (what {@link Json#bytes} made of it) and where it stands. */
  record Ranked(Article article, byte[] json, float score) {}

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final long appliedAtOpen;

  private LuceneIndex(Path path, Directory directory, IndexWriter writer, long appliedAtOpen) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.appliedAtOpen = appliedAtOpen;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the index in path, or makes a new empty one (applied event -1: it must be rebuilt) when there is none or
   * what is there cannot be read.
   */
  static LuceneIndex open(Path path, Analyzer analyzer) throws IOException {
    Files.createDirectories(path);
    Directory directory = FSDirectory.open(path);
    long applied = -1;
    IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE;
    try {
      if (DirectoryReader.indexExists(directory)) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          String event = reader.getIndexCommit().getUserData().get(EVENT);
          if (event != null) {
            applied = Long.parseLong(event);
            mode = IndexWriterConfig.OpenMode.APPEND;
          }
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      applied = -1;   // corrupt or from another version: made again from the store
    }
    if (applied < 0) {
      for (String file : directory.listAll()) {
        if (LUCENE_FILE.matcher(file).matches()) {
          directory.deleteFile(file);   // a writer would still try to read what is there
        }
      }
    }
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setIndexSort(NEWEST)
        .setRAMBufferSizeMB(BUFFER_MB);
    try {
      return new LuceneIndex(path, directory, new IndexWriter(directory, config), applied);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The event the index held when opened; -1 when it was empty or unreadable and must be rebuilt. */
  long appliedAtOpen() {
    return appliedAtOpen;
  }

  /** An article the index does not hold yet (a rebuild after {@link #clear}): no older version to look for. */
  void add(Article article) throws IOException {
    writer.addDocument(document(article));
  }

  /** A larger indexing buffer while rebuilding (fewer, larger segments to write and merge), the usual one after. */
  void bulk(boolean rebuilding) {
    writer.getConfig().setRAMBufferSizeMB(rebuilding ? REBUILD_BUFFER_MB : BUFFER_MB);
  }

  void put(Article article) throws IOException {
    writer.updateDocument(new Term(ID, article.id()), document(article));
  }

  void remove(String id) throws IOException {
    writer.deleteDocuments(new Term(ID, id));
  }

  /** Drops every document (before a rebuild). */
  void clear() throws IOException {
    writer.deleteAll();
  }

  /** Makes what was written visible to the next search. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Makes what was written durable, marked with the last event it includes. */
  void commit(long eventId) throws IOException {
    writer.setLiveCommitData(Map.of(EVENT, Long.toString(eventId)).entrySet());
    writer.commit();
  }

  /**
   * The newest {@link #CANDIDATES} matches (an early-terminated walk in index order), ranked by relevance, then
   * newest, then highest id; the first limit of them.
   */
  List<Ranked> search(SearchWords words, int limit) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopFieldDocs newest = searcher.search(words.query(),
          new TopFieldCollectorManager(NEWEST, CANDIDATES, null, CANDIDATES));
      ScoreDoc[] hits = newest.scoreDocs;
      TopFieldCollector.populateScores(hits, searcher, words.query());
      // stable: equal scores keep the index order, newest first then highest id
      ScoreDoc[] ranked = Arrays.stream(hits).sorted(Comparator.comparingDouble((ScoreDoc d) -> -d.score))
          .limit(limit).toArray(ScoreDoc[]::new);
      List<Ranked> out = new ArrayList<>(ranked.length);
      var stored = searcher.storedFields();
      for (ScoreDoc hit : ranked) {
        BytesRef json = stored.document(hit.doc).getBinaryValue(JSON);
        byte[] bytes = Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length);
        out.add(new Ranked(Json.read(bytes, Article.class), bytes, hit.score));
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  int documents() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Bytes of the index's files on disk. */
  long bytesOnDisk() throws IOException {
    try (Stream<Path> files = Files.list(path)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }

  private static Document document(Article a) {
    Document doc = new Document();
    long id = Long.parseLong(a.id());
    doc.add(new StringField(ID, a.id(), Field.Store.NO));
    doc.add(new NumericDocValuesField(ID, id));
    doc.add(new NumericDocValuesField(PUBLISHED, a.publishedAt().toEpochMilli()));
    String excerpt = a.excerpt() == null ? "" : a.excerpt();
    String body = TAG.matcher(a.body() == null ? "" : a.body()).replaceAll(" ");
    doc.add(new TextField(SearchWords.TITLE, a.title(), Field.Store.NO));
    doc.add(new TextField(SearchWords.EXCERPT, excerpt, Field.Store.NO));
    doc.add(new TextField(SearchWords.BODY, body, Field.Store.NO));
    doc.add(new Field(ArabicAnalyzer.STEMS, a.title() + "\n" + excerpt + "\n" + body, STEMMED));
    doc.add(new StoredField(JSON, Json.bytes(a)));
    return doc;
  }

  /** Stems need no positions: phrases are matched on the exact words. */
  private static FieldType stemmed() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }
}
