package news.akhbar.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.unix.Socket;
import io.netty.channel.unix.UnixChannel;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.junit5.VertxExtension;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import news.akhbar.support.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails loudly, naming the file to revisit, when a Vert.x (or its Netty) upgrade changes an internal that the files
 * named in {@link InternalsFenceTest} rely on: a member gone or changed, or a runtime shape (the connection class,
 * the HTTP/1.1 pipeline's handler names, the epoll socket) that would otherwise make them fall back in silence.
 * Vert.x internals are reached by reflection here, so this test still compiles and reports after such a change.
 */
@ExtendWith(VertxExtension.class)
class VertxInternalsUpgradeTest {

  private static final String CONNECTION_BASE = "io.vertx.core.net.impl.ConnectionBase";

  /** One internal member a named file calls, by name: owner, member, return type, parameter types. */
  private record Use(String file, String owner, String member, String returns, String... params) {}

  private static final List<Use> USES = List.of(
      new Use("ticker/Frame, web/CachedResponse", "io.vertx.core.internal.buffer.BufferInternal", "buffer",
          "io.vertx.core.buffer.Buffer", "io.netty.buffer.ByteBuf"),
      new Use("ticker/StreamWriter", CONNECTION_BASE, "channel", "io.netty.channel.Channel"),
      new Use("ticker/StreamWriter, web/RequestHeadTimeout", CONNECTION_BASE, "channelHandlerContext",
          "io.netty.channel.ChannelHandlerContext"),
      new Use("fanout/SequencedFanOut", "io.vertx.core.internal.ContextInternal", "promise", "io.vertx.core.Promise"),
      new Use("ticker/StreamWriter", "io.netty.channel.Channel$Unsafe", "outboundBuffer",
          "io.netty.channel.ChannelOutboundBuffer"),
      new Use("ticker/StreamWriter", "io.netty.channel.Channel$Unsafe", "close", "void",
          "io.netty.channel.ChannelPromise"),
      new Use("ticker/StreamWriter", "io.netty.channel.ChannelOutboundBuffer", "totalPendingWriteBytes", "long"),
      new Use("ticker/StreamWriter", "io.netty.channel.unix.UnixChannel", "fd", "io.netty.channel.unix.FileDescriptor"),
      new Use("ticker/StreamWriter", "io.netty.channel.unix.Socket", "sendAddress", "int", "long", "int", "int"),
      new Use("ticker/StreamWriter", "io.netty.channel.unix.Socket", "isOpen", "boolean"));

  private static final Map<String, Class<?>> PRIMITIVES = Map.of("void", void.class, "boolean", boolean.class,
      "int", int.class, "long", long.class);

  @Test
  void everyInternalMemberTheNamedFilesCallIsStillThereWithItsSignature() {
    List<String> changed = new ArrayList<>();
    for (Use use : USES) {
      String problem = check(use);
      if (problem != null) {
        changed.add(use.owner() + "." + use.member() + "(" + String.join(", ", use.params()) + "): " + problem
            + "; revisit " + use.file());
      }
    }
    if (!changed.isEmpty()) {
      fail("Vert.x/Netty internals changed:\n  " + String.join("\n  ", changed));
    }
  }

  @Test
  void anHttp11ConnectionStillStartsWithTheCodecHandlersTheNamedFilesFindByName(Vertx vertx) throws Exception {
    List<String> names = pipelineOf(servedConnection(vertx)).names();
    assertEquals(List.of("httpDecoder", "httpEncoder"), names.subList(0, Math.min(2, names.size())),
        "Vert.x's HTTP/1.1 pipeline is now " + names + ": ticker/StreamWriter writes below \"httpEncoder\" and "
            + "sends straight to the socket only behind exactly these two, web/RequestHeadTimeout adds its watch "
            + "after \"httpEncoder\"; revisit both");
  }

  @Test
  void theEpollTransportLoadsAndGivesTheSocketStreamWriterSendsOn() throws Exception {
    assumeTrue(System.getProperty("os.name").startsWith("Linux"), "epoll exists on Linux only");
    Vertx vertx = Vertx.builder().with(new VertxOptions().setPreferNativeTransport(true)).build();
    try {
      assertTrue(vertx.isNativeTransportEnabled(), "the epoll transport did not load ("
          + vertx.unavailableNativeTransportCause() + "): app/Main prefers it and ticker/StreamWriter's direct send "
          + "needs it; netty-transport-native-epoll must match the Netty that Vert.x brings");
      Channel channel = (Channel) connectionBase().getMethod("channel").invoke(servedConnection(vertx));
      assertTrue(channel instanceof UnixChannel unix && unix.fd() instanceof Socket,
          "an epoll connection's channel is now " + channel.getClass().getName()
              + ": ticker/StreamWriter would no longer find the socket it sends frames on; revisit it");
    } finally {
      Await.of(vertx.close());
    }
  }

  private static String check(Use use) {
    try {
      Class<?> owner = load(use.owner());
      Class<?>[] params = new Class<?>[use.params().length];
      for (int i = 0; i < params.length; i++) {
        params[i] = load(use.params()[i]);
      }
      Method method = owner.getMethod(use.member(), params);
      if (!load(use.returns()).isAssignableFrom(method.getReturnType())) {
        return "now returns " + method.getReturnType().getName() + ", not " + use.returns();
      }
      if (use.member().equals("buffer") && !Modifier.isStatic(method.getModifiers())) {
        return "is no longer static";
      }
      return null;
    } catch (ClassNotFoundException e) {
      return "class " + e.getMessage() + " is gone";
    } catch (NoSuchMethodException e) {
      return "method is gone";
    }
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    Class<?> primitive = PRIMITIVES.get(name);
    return primitive != null ? primitive
        : Class.forName(name, false, VertxInternalsUpgradeTest.class.getClassLoader());
  }

  private static Class<?> connectionBase() {
    try {
      return load(CONNECTION_BASE);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(CONNECTION_BASE + " is gone: revisit ticker/StreamWriter and web/RequestHeadTimeout");
    }
  }

  /** The server side of a real HTTP/1.1 exchange, still open (keep-alive). */
  private static HttpConnection servedConnection(Vertx vertx) throws Exception {
    CompletableFuture<HttpConnection> served = new CompletableFuture<>();
    HttpServer server = Await.of(vertx.createHttpServer().requestHandler(req -> {
      served.complete(req.connection());
      req.response().end();
    }).listen(0, "127.0.0.1"));
    HttpClientAgent client = vertx.createHttpClient();
    Await.of(client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", "/").compose(r -> r.send())
        .compose(r -> r.body()));
    HttpConnection connection = served.get(5, TimeUnit.SECONDS);
    assertTrue(connectionBase().isInstance(connection), "an HTTP/1.1 server connection is now "
        + connection.getClass().getName() + ", not a " + CONNECTION_BASE
        + ": ticker/StreamWriter and web/RequestHeadTimeout would silently do nothing; revisit both");
    return connection;
  }

  private static ChannelPipeline pipelineOf(HttpConnection connection) throws Exception {
    return ((ChannelHandlerContext) connectionBase().getMethod("channelHandlerContext").invoke(connection))
        .pipeline();
  }
}
