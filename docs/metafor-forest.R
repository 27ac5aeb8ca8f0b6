# metafor::forest() of the two exploratory poolings, from the pooled JSON the site publishes (same studies, same
# events), for docs/forest-plot-comparison.md. Run after `npm run build`, from the repository root:
#   Rscript docs/metafor-forest.R
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })
rd <- fromJSON("dist/figures/resection-vs-comparator-rd/resection-vs-comparator-rd.json")$studies
res <- rma(measure = "RD", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = rd, method = "REML", slab = label)
png("docs/metafor-forest-rd.png", width = 1920, height = 1080, res = 144)
forest(res, addpred = TRUE, header = c("Study", "RD [95% CI]"), xlab = "Risk difference, 5-year OS (resection - comparator)",
  ilab = cbind(paste0(rd$ai, "/", rd$n1i), paste0(rd$ci, "/", rd$n2i)), ilab.lab = c("Resection", "Comparator"), ilab.xpos = c(-95, -70), xlim = c(-200, 150), transf = function(x) 100 * x, digits = 1,
  mlab = "RE Model (REML)")
invisible(dev.off())
plo <- fromJSON("dist/figures/pooled-five-year-os-resection/pooled-five-year-os-resection.json")$studies
res2 <- rma(measure = "PLO", xi = xi, ni = ni, data = plo, method = "REML", slab = label)
png("docs/metafor-forest-plo.png", width = 1920, height = 1080, res = 144)
forest(res2, transf = function(x) 100 * transf.ilogit(x), addpred = TRUE, refline = NA, digits = 1, header = c("Study", "5-year OS % [95% CI]"),
  ilab = cbind(plo$xi, plo$ni), ilab.lab = c("Events", "n"), ilab.xpos = c(-5, 5), xlim = c(-60, 150), xlab = "5-year overall survival (%)", mlab = "RE Model (REML)")
invisible(dev.off())
