/**
 * What a topic filter matches, as an SQL condition on the joined topics row
 * `t`: the topic bound as @topic itself and, when it is an area, every topic
 * under it. Every list, count and driving filter that takes `topic` uses it,
 * so they agree on what "in a topic" means.
 */
export const TOPIC_MATCH = '(t.slug = @topic OR t.area = @topic)'
