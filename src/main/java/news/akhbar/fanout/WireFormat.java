package news.akhbar.fanout;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The messages instances send each other, sealed: "tag TAB id TAB event TAB topic,topic TAB sent-at-millis", LF,
 * then the event's JSON. The tag is HMAC-SHA256 (unpadded base64url) over every byte after its TAB, with a key every
 * instance derives from the same secret; so whoever can PUBLISH on the channel without knowing the secret cannot
 * make a message an instance hands on. A replayed genuine message is harmless: it is an event that was committed,
 * and ids already handed on are ignored. Sealing and checking cost a few microseconds per event and instance.
 */
public final class WireFormat {

  private static final String ALGORITHM = "HmacSHA256";
  /** Keys the derivation, so the same secret used elsewhere (the admin token) never keys these tags directly. */
  private static final byte[] PURPOSE = "akhbar fan-out messages v1".getBytes(StandardCharsets.UTF_8);
  private static final int TAG_LENGTH = 43;   // 32 bytes in unpadded base64

  private final ThreadLocal<Mac> macs;

  /** @param secret shared by every instance of a deployment (AKHBAR_FANOUT_SECRET, else the admin token) */
  public WireFormat(String secret) {
    byte[] key = mac(secret.getBytes(StandardCharsets.UTF_8)).doFinal(PURPOSE);
    this.macs = ThreadLocal.withInitial(() -> mac(key));
  }

  private static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  /** The sealed message for an event, as the bytes to publish. */
  public byte[] encode(StreamEvent item) {
    byte[] body = (item.id() + "\t" + item.event() + "\t" + String.join(",", item.topics()) + "\t"
        + item.sentAtMillis() + "\n" + item.json()).getBytes(StandardCharsets.UTF_8);
    byte[] tag = Base64.getUrlEncoder().withoutPadding().encode(macs.get().doFinal(body));
    byte[] message = Arrays.copyOf(tag, tag.length + 1 + body.length);
    message[tag.length] = '\t';
    System.arraycopy(body, 0, message, tag.length + 1, body.length);
    return message;
  }

  /** The event in a message, or null when the message is not sealed with this deployment's key or is malformed. */
  public StreamEvent decode(byte[] message) {
    if (message.length <= TAG_LENGTH || message[TAG_LENGTH] != '\t') {
      return null;
    }
    Mac mac = macs.get();
    mac.update(message, TAG_LENGTH + 1, message.length - TAG_LENGTH - 1);
    byte[] tag = Base64.getUrlEncoder().withoutPadding().encode(mac.doFinal());
    if (!MessageDigest.isEqual(tag, Arrays.copyOf(message, TAG_LENGTH))) {
      return null;
    }
    String body = new String(message, TAG_LENGTH + 1, message.length - TAG_LENGTH - 1, StandardCharsets.UTF_8);
    int nl = body.indexOf('\n');
    String[] head = nl < 0 ? new String[0] : body.substring(0, nl).split("\t", -1);
    if (head.length != 4) {
      return null;
    }
    try {
      List<String> topics = head[2].isEmpty() ? List.of() : Arrays.asList(head[2].split(","));
      return new StreamEvent(Long.parseLong(head[0]), head[1], topics, body.substring(nl + 1), Long.parseLong(head[3]));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
