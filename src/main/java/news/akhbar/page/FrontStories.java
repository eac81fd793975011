package news.akhbar.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.akhbar.article.Article;
import news.akhbar.web.PathIds;

/**
 * The front page's main column under the lead, chosen from the items shown (no other read): the secondary row (the
 * next {@value #SECONDARY} items after the banner's and the lead's) and, on the newest page of all topics, one section
 * per topic (in the order of each topic's newest story, at most {@value #SECTIONS}) with its {@value #PER_SECTION}
 * newest stories not featured above. The banner, the lead and the secondary row are the featured stories: the list
 * beside them keeps their items hidden, so no story shows twice above the fold. webroot/stories.js chooses the same way.
 *
 * @param featured the ids of the banner's, the lead's and the secondary row's stories
 */
record FrontStories(List<Article> secondary, List<Section> sections, Set<String> featured) {

  static final int SECONDARY = 4;
  static final int SECTIONS = 6;
  static final int PER_SECTION = 3;

  /** A topic's section: its topic, its Arabic name, its page and its stories. */
  record Section(String topic, String name, String href, List<Article> stories) {
  }

  static FrontStories of(List<Article> shown, Headlines headlines, boolean withSections) {
    List<String> featured = new ArrayList<>();
    for (Article top : new Article[] {headlines.banner(), headlines.lead()}) {
      if (top != null) {
        featured.add(top.id());
      }
    }
    List<Article> secondary = new ArrayList<>();
    List<Article> rest = new ArrayList<>();
    for (Article a : shown) {
      if (featured.contains(a.id())) {
        continue;
      }
      if (secondary.size() < SECONDARY) {
        secondary.add(a);
        featured.add(a.id());
      } else {
        rest.add(a);
      }
    }
    return new FrontStories(secondary, withSections ? sections(rest) : List.of(), Set.copyOf(featured));
  }

  private static List<Section> sections(List<Article> rest) {
    Map<String, List<Article>> byTopic = new LinkedHashMap<>();
    for (Article a : rest) {
      String topic = a.topic() == null || a.topic().isEmpty() ? "general" : a.topic();
      if (byTopic.size() < SECTIONS || byTopic.containsKey(topic)) {
        List<Article> stories = byTopic.computeIfAbsent(topic, t -> new ArrayList<>());
        if (stories.size() < PER_SECTION) {
          stories.add(a);
        }
      }
    }
    List<Section> sections = new ArrayList<>();
    byTopic.forEach((topic, stories) -> sections.add(new Section(topic, TopicNames.of(topic),
        "/?topic=" + PathIds.encode(topic), stories)));
    return sections;
  }

  /** Whether an item of the list is featured above it, and so kept hidden in the list. */
  boolean isFeatured(Article a) {
    return featured.contains(a.id());
  }
}
