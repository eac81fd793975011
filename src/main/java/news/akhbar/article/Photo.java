package news.akhbar.article;

import java.util.List;

/**
 * A stored photo as an article carries it: its texts and its sizes, each a JPEG at an immutable URL (narrowest
 * first). Width and height are the largest size's, so a page can reserve the space before the image loads.
 */
public record Photo(String id, int width, int height, String alt, String caption, String credit, List<Size> sizes) {

  /** One re-encoded size of a photo and the path it is served at. */
  public record Size(int width, int height, String url) {}

  public Photo {
    sizes = List.copyOf(sizes);
  }

  /** The widest size: for og:image, JSON-LD and feeds. */
  public Size largest() {
    return sizes.get(sizes.size() - 1);
  }

  /** The srcset attribute's value: every size with its width. */
  public String srcset() {
    StringBuilder out = new StringBuilder();
    for (Size s : sizes) {
      out.append(out.length() == 0 ? "" : ", ").append(s.url()).append(' ').append(s.width()).append('w');
    }
    return out.toString();
  }
}
