package news.akhbar.bench;

/** One kind of measurement against a running Akhbar. Whatever else it starts goes on the teardown. */
interface BenchMode {

  BenchReport run(BenchOptions o, BenchServer server, Teardown teardown) throws Exception;
}
