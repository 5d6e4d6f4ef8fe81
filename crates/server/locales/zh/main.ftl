# cyberindex interface: Chinese, Simplified (translated from the English reference, locales/en/main.ftl).
# Keys are grouped by page. Keep each message a whole sentence or label; never build sentences
# from pieces in code.

## Layout
skip-to-content = 跳至主要内容
demo-banner = 演示数据：并非真实的评估结果。
nav-label = 主菜单
nav-editions = 版次
nav-users = 用户
nav-outbox = 发件箱
nav-my-responses = 我的答复
nav-account = 账户
nav-sign-in = 登录
nav-sign-out = 退出登录
language-label = 语言
footer-text = cyberindex：服务于国家网络安全能力项目的开放软件。
back-home = 返回首页
yes = 是
no = 否

## Home
home-title = 国家网络安全能力项目
home-intro = 各国在此填写问卷，秘书处与各国一起审核每一项回答，经验证的结果随后予以发布。
home-nothing-published = 尚未发布任何结果。
my-responses-title = 我的答复
my-responses-none = 目前没有向您开放的问卷。
col-edition = 版次
col-country = 国家
col-status = 状态
col-deadline = 截止日期
col-framework = 框架
col-opens = 开放日期
col-countries = 国家
col-state = 状态
col-actions = 操作
col-complete = 完成度
col-last-activity = 最近活动

## Sign in
login-title = 登录
field-email = 电子邮件地址
field-password = 密码
login-submit = 登录
login-forgot = 忘记密码？
login-failed = 电子邮件地址或密码不正确。请检查两者后重试。
totp-code-title = 身份验证码
field-totp-code = 六位数验证码
totp-code-help = 请打开您的身份验证器应用，输入其中为 cyberindex 显示的验证码。
totp-code-submit = 继续
totp-code-wrong = 该验证码不正确或已过期。请输入应用当前显示的验证码。

## Passwords and links
field-new-password = 新密码
field-confirm-password = 再次输入新密码
password-help = 至少 12 个字符。由几个互不相关的词组成的密码强度较高。
set-password-submit = 设置密码
password-too-short = 密码太短：请至少使用 12 个字符。
password-mismatch = 两次输入的密码不一致。请重新输入。
invitation-title = 欢迎使用 cyberindex
invitation-intro = 请设置密码以完成账户设置。此链接仅可使用一次。
reset-title = 重置密码
reset-intro = 请输入您账户的电子邮件地址。我们将向您发送一个用于设置新密码的链接。
reset-submit = 发送链接
reset-sent = 如果有账户使用此地址，重置密码的链接已发送至该地址。此链接仅可使用一次，有效期为一天。
reset-confirm-title = 设置新密码
reset-confirm-intro = 请为您的账户设置新密码。在其他设备上登录时也需要使用该密码。

## Account
account-title = 您的账户
totp-title = 双因素身份验证
totp-on = 双因素身份验证已开启：登录时需要输入应用生成的验证码。
totp-disable = 关闭双因素身份验证
totp-required = 您的角色要求使用双因素身份验证。请完成设置后继续。
totp-setup-intro = 请使用身份验证器应用扫描此二维码（或输入下方的密钥），然后输入应用显示的六位数验证码。
totp-qr-alt = 用于将 cyberindex 添加到身份验证器应用的二维码
totp-secret-label = 密钥：
totp-enable = 开启双因素身份验证
tokens-title = API 令牌
tokens-intro = 脚本通过请求头 "Authorization: Bearer TOKEN" 使用个人令牌。令牌拥有与您相同的权限；不再需要时请将其撤销。
tokens-new = 请立即复制您的新令牌：它将不会再次显示。
tokens-none = 您没有任何令牌。
tokens-name = 令牌名称
tokens-created = 创建时间
tokens-last-used = 最近使用时间
tokens-state = 状态
tokens-revoke = 撤销
tokens-revoked = 已撤销
tokens-create = 创建令牌

## Roles and statuses
role-admin = 秘书处管理员
role-reviewer = 审核员
role-focal-point = 联络人
role-contributor = 协作者
role-observer = 观察员
status-not-started = 未开始
status-in-progress = 进行中
status-submitted = 已提交
status-in-review = 审核中
status-validated = 已验证

## Editions
editions-title = 版次
editions-new = 新建版次
editions-none = 尚无任何版次。
editions-archive = 归档
editions-create = 创建版次
edition-open = 开放中
edition-archived = 已归档
edition-field-id = 版次标识符
edition-field-id-help = 仅限小写英文字母、数字和连字符，例如 2026。该标识符会出现在网址中，且不能更改。
edition-field-name = 名称
edition-field-framework = 框架
edition-field-framework-file = 或上传框架文件（TOML）
edition-field-opens = 开放日期
edition-field-deadline = 截止日期
edition-field-countries = 参与国家
edition-field-countries-help = 输入 "all" 表示主列表中的所有国家，或输入以英文逗号分隔的 ISO 3166-1 alpha-3 代码。
edition-field-carry-forward = 沿用以下版次的回答
edition-carry-forward-none = 不沿用回答
edition-field-carry-forward-help = 各国在该版次中的回答将被预先填入并标记为沿用，须由该国确认。
form-errors = 请更正以下问题

## Dashboard
dashboard-title = 仪表板
dashboard-summary = 截止日期：{ $deadline }。框架：{ $framework }。
dashboard-filters = 筛选国家
dashboard-region = 国际电联区域
dashboard-status = 状态
dashboard-all = 全部
dashboard-apply = 应用筛选条件
dashboard-caption = { $count ->
   *[other] { $count } 个国家
}

## Workspace
workspace-status = 状态：
workspace-deadline = 截止日期：
readonly-submitted = 此答复已提交，无法再作更改。
readonly-viewer = 您可以查看此答复，但不能更改。
progress-title = 进度
progress-pillar = 支柱
progress-answered = 已回答
progress-evidence-missing = 缺少证明材料
progress-total = 所有支柱
questions-count = { $count ->
   *[other] { $count } 个问题
}
autosave-saving = 正在保存…
autosave-saved = 所有更改均已保存。
autosave-offline = 尚未保存：网络连接已中断。您的回答已保留在本设备上，连接恢复后将自动保存。
autosave-error = 无法保存此回答。请查看旁边的提示信息。
autosave-conflict = 在您编辑期间，其他人更改了此回答。请选择要保留的值。
conflict-title = 此回答已被其他人更改
conflict-intro = 在您编辑期间，其他人保存了此回答。请选择要保留的值。
conflict-theirs = 对方的值
conflict-mine = 您的值
conflict-keep-theirs = 保留对方的值
conflict-use-mine = 改为保存我的值
conflict-empty = （无回答）
evidence-required-tag = 须提供证明材料
prefilled-secretariat = 由秘书处根据公开来源预先填写。请予以确认或更正。
prefilled-carried-forward = 沿用自上一版次。请予以确认或更正。
guidance = 填写说明
evidence-expected = 应提供的证明材料：
not-answered = 未回答
field-number = 数值
field-url = 网址
field-date = 日期
field-text = 回答
field-comment = 备注（选填）
save-answer = 保存回答
evidence-title = 证明材料
evidence-none = 尚未附上任何证明材料。
evidence-public = 公开
evidence-confidential = 保密
evidence-delete = 移除
evidence-link = 链接
evidence-add = 附上证明材料
evidence-field-title = 文件标题
evidence-field-url = 证明材料的网址
evidence-field-file = 或上传文件
evidence-upload-hint = 请填写网址或选择文件：PDF、办公文档、图片或文本，大小不超过 { $size } MB。
evidence-field-language = 文件语言
evidence-language-other = 其他语言
evidence-field-date = 文件日期
evidence-field-public = 可与结果一并公布
evidence-add-submit = 附上

## Submit
submit-review-link = 审阅并提交
submit-title = 审阅并提交
submit-summary = 已回答 { $answered } 个问题，共 { $relevant } 个。
submit-unanswered = 未回答的问题
submit-no-evidence = 缺少所需证明材料的回答
submit-none = 无。
submit-confirm = 本人已审阅上述回答，并确认据本人所知，这些回答完整、正确。
submit-button = 提交答复
submit-focal-only = 只有该国联络人可以提交答复。
submit-back = 返回问卷

## Users and outbox
users-title = 用户
users-invite = 邀请用户
users-invite-submit = 发送邀请
users-invited = 邀请已创建。下方链接已通过电子邮件发送（或位于发件箱中），仅可使用一次。
users-list = 所有用户
users-2fa = 双因素验证
users-last-login = 最近登录
field-name = 姓名
field-role = 角色
field-country = 国家
field-country-help = 联络人和协作者必填。
field-observed = 观察的国家
field-observed-help = 适用于观察员：以英文逗号分隔的 ISO 3166-1 alpha-3 代码。
outbox-title = 发件箱
outbox-intro-smtp = 系统发送的所有消息及其投递状态。
outbox-intro-no-smtp = 电子邮件尚未配置，因此消息保存在此处。请将链接转发给相关人员。
outbox-empty = 没有消息。
outbox-sent = 已发送
outbox-not-sent = 未发送
outbox-failed = 发送失败

## Errors
error-not-found = 未找到页面
error-not-found-text = 此页面不存在，或您无权访问。
error-unauthorized = 请先登录
error-unauthorized-text = 请登录后继续。
error-rate-limited = 尝试次数过多
error-rate-limited-text = 请等待一分钟后重试。
error-cross-site = 请求被拒绝
error-cross-site-text = 该请求并非来自本网站。请返回上一页，刷新页面后重试。
error-internal = 出现错误
error-internal-text = 该错误已记录。请稍后重试；如问题仍然存在，请告知秘书处。
error-locked = 此答复已无法更改
error-locked-text = 该答复已提交审核。
error-problem = 出现问题
error-closed = 答复的这一部分目前不可更改

## Review and validation
status-returned = 已退回修改
nav-notifications = 通知
nav-webhooks = Webhook
nav-audit = 审计记录
queue-title = 审核队列
queue-caption = { $count ->
   *[other] { $count } 份答复
}
queue-all-review = 已提交及后续状态
queue-reviewer = 审核员
queue-mine = 分配给我的
queue-unassigned = 未分配审核员
queue-due = 截止日期
queue-overdue = 已逾期
queue-week = 7 天内到期
queue-deadline = 截止日期
queue-submitted = 提交时间
review-title = 审核
review-round = 轮次
review-round-deadline = 答复截止日期
review-country-view = 国家视图
review-actions = 答复
review-summary = 已提问但尚未接受的问题：{ $blocking } 个。显示的问题：{ $shown } 个。
review-validate = 标记为已验证
review-validate-blocked = 所有已提问的问题均须在其当前版本下获得接受，方可验证该答复。
review-return = 退回该国
review-return-deadline = 本轮截止日期
review-return-message = 致该国的留言（选填）
review-return-submit = 退回并开启新一轮审核
review-reopen = 重新开放已验证的答复
review-reopen-reason = 原因（将保存在审计记录中）
review-reopen-submit = 重新开放
review-filter = 显示的问题
review-show-all = 全部问题
review-show-open = 尚未接受
review-show-changed = 自上一轮以来有更改
review-none-shown = 此处没有符合条件的问题。
review-accepted-tag = 已接受
review-not-asked = 未提问
review-answer = 回答
review-history = 决定
review-outdated = 此后回答已有更改
review-proposed = 建议值
review-decision = 审核决定
review-comment = 致该国的意见
review-comment-hint = 要求澄清或拒绝时必填。
review-decide = 记录决定
decision-accept = 接受
decision-clarify = 要求澄清
decision-reject = 拒绝
diff-caption = 自以下轮次以来的更改：
diff-field = 字段
diff-before = 更改前
diff-after = 更改后
diff-value = 回答
diff-comment = 备注
diff-evidence = 证明材料
thread-title = 与该国的讨论
thread-empty = 尚无消息。
thread-write = 撰写消息
thread-send = 发送消息
notes-title = 审核员笔记
notes-explained = 这些笔记仅秘书处可见，相关国家始终无法查看。
notes-write = 撰写笔记
notes-send = 保存笔记
needs-action = 需要您处理
round-title = 审核轮次
round-explained = 审核员对以下问题提出了疑问。请修改回答或证明材料，在每个讨论中作出回复，然后重新提交。其他回答均已接受，将保持不变。
scores-title = 得分
scores-caption = 临时得分和正式得分
score-overall = 总体
score-provisional = 临时得分
score-official = 正式得分
scores-explained = 临时得分根据当前的回答计算。正式得分仅计入审核员已接受的回答；其余回答按未回答计。
provenance-country = 由该国提供
provenance-secretariat = 由秘书处起草
provenance-carried-forward = 沿用
outcome-confirmed = 已由该国确认
outcome-corrected = 已由该国更正
outcome-kept-by-policy = 根据截止日期规则予以保留
outcome-dropped-by-policy = 根据截止日期规则予以舍弃
outcome-unconfirmed = 尚未确认
prefilled-confirm = 按原样确认此回答
assign-title = 审核员
assign-none = 未分配审核员：所有审核员都会收到通知。
assign-whole = 整份答复
assign-reviewer = 审核员
assign-pillar = 支柱
assign-add = 分配
assign-remove = 移除
desk-explained = 该国尚未提交答复。秘书处可根据公开来源起草回答，再由该国确认或更正。
desk-draft = 根据公开来源起草回答
desk-source = 来源（必填）
desk-save = 保存草稿
desk-send = 请该国确认草稿
desk-policy-title = 截止日期时的案头研究处理
desk-policy-explained = 规定截止日期前该国未确认或更正的起草回答如何处理。应用该规则后，系统将记录每一项此类回答的处理结果，并将相关答复提交审核。
desk-policy-label = 规则
desk-policy-keep = 保留草稿作为回答
desk-policy-drop = 舍弃草稿（视为未回答）
desk-policy-save = 保存规则
desk-policy-apply = 立即应用规则
audit-title = 审计记录
audit-caption = { $count ->
   *[other] { $count } 条记录，按时间由新到旧排列
}
audit-question = 问题
audit-user = 用户（电子邮件）
audit-action = 操作
audit-object = 对象
audit-when = 时间
audit-reason = 原因
audit-csv = 下载 CSV 文件
notifications-title = 通知
notifications-none = 没有通知。
notifications-new = 新通知：
notifications-mark-read = 全部标记为已读
notify-status = { $country }：答复状态现为“{ $status }”
notify-message = { $country }：问题 { $question } 有新消息
notify-drafts = { $country }：秘书处已起草回答，请予以确认或更正
notify-open = 打开
webhooks-title = Webhook
webhooks-explained = 答复状态的每一次变更都会以签名 JSON 的形式发送到下列各个地址。X-Cyberindex-Signature 请求头包含 sha256= 以及使用该地址的密钥对请求正文计算的 HMAC-SHA256 值。投递失败时将以逐步递增的间隔重试。
webhooks-secret-once = 以下地址的签名密钥（仅显示一次）：
webhooks-none = 没有 Webhook。
webhooks-url = 地址
webhooks-add = 添加 Webhook
webhooks-disable = 停用
webhooks-log = 投递记录
webhooks-event = 事件
webhooks-attempts = 尝试次数
webhooks-outcome = 结果
webhook-delivered = 已于 { $when } 送达
webhook-retrying = 将于 { $when } 重试（{ $error }）
webhook-failed = 已放弃（{ $error }）
scores-counted = 计入的回答数
