/** Liveness and readiness for load balancers and orchestrators. */
package news.akhbar.health;
