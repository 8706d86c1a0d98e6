/**
 * Expert support (capability 12): libraries ask for advice on a topic, a coordinator or admin assigns each request to
 * an expert by topic and load, the expert and the asker talk in a thread (with internal notes the asker never sees),
 * the request moves new → assigned → answered → waiting for the asker → closed, response times are counted in working
 * hours of Europe/Sofia against each topic's target, and a closed request may become a public question and answer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert support")
package bg.libpartners.support;
