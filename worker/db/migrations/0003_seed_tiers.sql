-- Default tiers modelled on team schemes (会员 / 超级会员 / 导师 / 合伙人). Rates are basis points of
-- the network's commission; the most any line can pay out is 80 % + 12 % + 5 % = 97 %, so the
-- operator always keeps a margin. Admins change them through /api/admin/tiers (audited).
INSERT INTO `tiers` (`id`, `name`, `rate_bp`, `override_l_1_bp`, `override_l_2_bp`, `sort`, `updated_at`) VALUES
  ('tir_member', '会员', 5000, 500, 0, 1, 0),
  ('tir_super', '超级会员', 6000, 800, 0, 2, 0),
  ('tir_mentor', '导师', 7000, 1000, 300, 3, 0),
  ('tir_partner', '合伙人', 8000, 1200, 500, 4, 0);
--> statement-breakpoint
-- Referral overrides go up the inviter chain this many levels (0–2; never deeper).
INSERT INTO `program_settings` (`key`, `value`, `updated_at`) VALUES ('overrideDepth', '1', 0);
