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
published-notice = 结果的第 { $version } 版已发布。
published-open = 打开已发布的结果
home-all-results = 所有已发布的结果
nav-results = 结果
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
password-common = 此密码属于最常见的 10,000 个密码之一，攻击者会最先尝试这些密码。请另选一个：几个互不相关的词连在一起，既够长又容易记住。
password-common-variant = 此密码是在非常常见的密码上添加了数字或符号，攻击者同样会最先尝试。请另选一个：几个互不相关的词连在一起，既够长又容易记住。
password-repetitive = 此密码重复一个简短的模式，或使用的不同字符太少，很容易被猜中。请另选一个：几个互不相关的词连在一起，既够长又容易记住。
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
# carry-forward (issue 14 item 7)
confirm-pillar-button = 确认{ $pillar }中 { $count } 个未更改的回答
confirm-pillar-hint = 此支柱中有 { $count } 个回答已为您预先填写且未被更改。如果仍然有效，可一步全部确认。每项确认都会记入审计记录。
confirm-pillar-done = { $count ->
    [0] { $pillar }中已没有需要确认的回答。
   *[other] 已确认{ $pillar }中的 { $count } 个回答。
}
confirm-pillar-next = 下一步：{ $pillar }中有 { $count } 个未更改的回答待确认
evidence-carried-from = 沿用自 { $edition }
conflict-changed-by = 由 { $who } 于 { $when } 更改。
conflict-changed-at = 更改于 { $when }。
evidence-required-tag = 须提供证明材料
prefilled-secretariat = 由秘书处根据公开来源预先填写。请予以确认或更正。
prefilled-carried-forward = 沿用自上一版次。请予以确认或更正。
guidance = 填写说明
evidence-expected = 应提供的证明材料：
not-answered = 未回答
field-number = 数值
number-hint-whole = 整数
number-hint-min = { $min } 或以上
number-hint-max = { $max } 或以下
number-hint-range = { $min } 至 { $max }
text-hint-max-length = 最多 { $max } 个字符
field-url = 网址
field-date = 日期
field-text = 回答
field-comment = 备注（选填）
save-page = 保存本页的回答
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
round-explained = 审核员已将答复退回，进入新一轮审核。请回应他们提出的疑问以及任何仍未决的问题，然后重新提交。只有已接受的回答会被冻结。
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

## Error messages
error-conflict-text = 此回答已被其他人更改。
error-locked-status = 此答复的状态为“{ $status }”，已无法更改。
error-admins-only = 此功能仅供秘书处管理员使用。
error-secretariat-only = 此功能仅供秘书处使用。
error-audit-readers = 审计记录仅供秘书处和各国查看。
error-dashboard-readers = 仪表板仅供秘书处和观察员查看。
error-country-write = 只有该国联络人和协作者可以更改该国的回答。
error-submit-focal = 只有该国联络人可以提交答复。
error-review-secretariat = 审核工作仅由秘书处进行。
error-observers-read-only = 观察员可以查看讨论，但不能在其中发言。
error-reopen-admin = 只有秘书处管理员可以重新开放已验证的答复。
error-notes-secretariat = 审核员笔记仅供秘书处使用。
error-totp-code-first = 请先输入您的身份验证码。
error-totp-enrol-first = 请先设置双因素身份验证：您的角色要求使用该功能。
error-totp-required = 您的角色要求使用双因素身份验证。
error-body-too-large = 请求正文超过 1 MB。
error-json-invalid = 请求正文无效：{ $detail }
error-form-unreadable = 无法读取表单：{ $detail }
error-field-unknown = 未知字段“{ $field }”。
error-comment-too-long = 备注超过 10000 个字符。
error-message-too-long = 消息超过 10000 个字符。
error-message-empty = 消息为空：请先输入内容。
error-write-message = 请先撰写消息。
error-value-option = “{ $value }”不是此问题的选项：请使用 { $options } 之一，或留空。
error-value-options = “{ $value }”包含不属于此问题选项的值：请从 { $options } 中选择。
error-value-number = “{ $value }”不是数字：小数请使用小数点，例如 12 或 3.5。
error-value-below = { $value } 小于 { $min }，即此问题接受的最小值。
error-value-above = { $value } 大于 { $max }，即此问题接受的最大值。
error-value-whole = { $value } 不是整数：此问题要求填写数量。
error-value-url = “{ $value }”不是网址：请填写以 http:// 或 https:// 开头的地址。
error-value-date = “{ $value }”不是日期：请按 YYYY-MM-DD 格式填写，例如 2024-03-31。
error-value-list = 选项列表只能包含选项标识符（字符串）。
error-value-type = 值必须是选项标识符、选项标识符列表、数字、文本或 null。
error-version-number = 版本号必须为整数。
error-version-missing = 须提供加载回答时的版本号。
error-upload-interrupted = 上传已中断：{ $detail }
error-file-too-large = 文件超过 { $size } MB 的大小限制。
error-file-empty = 文件为空。
error-file-type = 不接受此类文件：请上传 PDF、办公文档（docx、xlsx、pptx、odt、ods、odp、doc、xls、ppt）、图片（PNG、JPEG、GIF、WebP）、文本文件或 CSV 文件。
error-evidence-title = 请为证明材料填写标题，长度为 1 至 300 个字符。
error-evidence-language = 语言必须为 ar、zh、en、fr、ru、es 或 other。
error-evidence-field-unknown = 未知字段“{ $field }”：请使用 title、url、file、language、issued_on 或 public。
error-date-format = 请按 YYYY-MM-DD 格式填写日期。
error-link-or-file = 请提供链接或文件，但不能同时提供两者。
error-link-or-file-missing = 请提供链接或选择文件。
error-link-scheme = 链接必须是 http:// 或 https:// 地址。
error-token-name = 请为令牌填写名称，长度为 1 至 80 个字符。
error-email-invalid = “{ $email }”不是电子邮件地址。
error-role-unknown = 未知角色“{ $role }”：请使用 admin、reviewer、focal-point、contributor 或 observer。
error-country-unknown = “{ $country }”不是主列表中的 ISO 3166-1 alpha-3 代码。
error-confirm-box = 请勾选确认框后再提交。
error-framework-not-utf8 = 框架文件不是 UTF-8 文本。
error-not-accepted = 有 { $count } 个已提问的问题尚未在其当前版本下获得接受：{ $questions }
error-deadline-not-date = 截止日期“{ $deadline }”不是有效日期：请按 YYYY-MM-DD 格式填写。
error-deadline-passed = 截止日期 { $deadline } 已过：请选择今天（{ $today }）或之后的日期。
error-nothing-to-return = 没有任何问题需要该国处理：请先对至少一项回答要求澄清或予以拒绝。
error-decision-unknown = 未知决定“{ $decision }”：请使用 accept、clarify 或 reject。
error-comment-required = 要求澄清或拒绝时必须填写意见。
error-proposed-only-reject = 只有在拒绝时才能提出建议值。
error-reopen-reason = 请填写重新开放的原因：该原因将保存在审计记录中。
error-draft-source = 请在备注中注明起草回答所依据的公开来源。
error-no-drafts = 没有需要发送的未确认草稿。
error-choose-reviewer = 请选择审核员。
error-no-pillar = 此版次中没有“{ $pillar }”支柱。
error-desk-policy = 未知规则“{ $policy }”：请使用 keep-draft 或 drop-draft。
error-webhook-url = “{ $url }”不是网址：必须以 https:// 或 http:// 开头。
edition-error-id = 版次标识符：请使用 1 至 40 个小写英文字母、数字和连字符，例如 2026。
edition-error-name = 名称：请为版次填写名称。
edition-error-date = { $field ->
    [opens] 开放日期
   *[other] 截止日期
}：请按 YYYY-MM-DD 格式填写日期。
edition-error-deadline-order = 截止日期：不得早于开放日期。
edition-error-country = 国家：“{ $country }”不是主列表中的 ISO 3166-1 alpha-3 代码。
edition-error-framework-missing = 框架：请选择系统自带的框架或上传框架文件。
edition-error-framework = 框架：{ $name } 有 { $count } 处错误；未创建任何内容。
edition-error-carry-forward = 沿用回答：不存在版次“{ $edition }”。
store-unsupported-url = 不支持的数据库 URL“{ $scheme }”：请使用 sqlite://PATH 或 postgres://USER@HOST/DATABASE。
store-in-memory = 不支持内存数据库：请指定一个文件，例如 sqlite://cyberindex.db。
store-role-needs-country = 角色“{ $role }”必须指定国家。
store-role-has-no-country = 角色“{ $role }”不对应任何国家。
store-duplicate-account = { $email } 的账户已存在。
store-duplicate-edition = 版次“{ $id }”已存在。
store-question-closed = 在本轮审核中，问题 { $question } 无需处理：只有审核员提出的问题才可更改。
store-comment-required = 决定“{ $decision }”必须附有意见。
store-already-confirmed = 问题 { $question } 的回答已确认。
store-assign-role = 只能分配给审核员和管理员。
error-edition-invalid = 版次未创建：
    { $detail }

## Publishing and the public results site
publish-title = 发布
publish-intro = 发布会将框架、经验证的回答及其得分固定为一个带编号的版本，供任何人查阅。更正将作为附有变更说明的新版本发布；早期版本仍可查阅。
publish-validated = { $count ->
   *[other] { $count } 份答复已验证
}
publish-licence = 所发布数据的许可协议
publish-change-note = 变更内容
publish-change-note-first = 首个版本可不填。
publish-change-note-required = 必填：请说明此次更正改变了哪些内容。
publish-submit = 发布新版本
publish-versions = 已发布的版本
publish-none = 尚未发布任何内容。
publish-published = 发布时间
error-licence-required = 请注明数据发布所依据的许可协议。
error-publish-text-too-long = 许可协议或变更说明过长。
error-change-note-required = 更正须附有变更说明，写明更改了哪些内容。
error-nothing-to-publish = 版次 { $edition } 没有可发布的已验证答复。
error-publish-unreadable = 无法回读已验证的回答：{ $detail }
public-nav-results = 结果
public-edition-nav = 版次页面
public-nav-overview = 概览
public-nav-ranking = 排名
public-nav-compare = 比较
public-nav-methodology = 方法
public-nav-data = 开放数据
public-version-of = 第 { $version } 版（共 { $latest } 版）
public-published-on = 发布于 { $date }
public-older-version = 这是结果的早期版本。
public-see-latest = 查看最新版本。
public-change-note = 变更说明：
public-index-title = 已发布的结果
public-nothing-published = 尚未发布任何结果。
public-version = 第 { $version } 版
public-version-label = 版本
public-earlier-versions = 早期版本：
public-count-countries = { $count ->
   *[other] { $count } 个国家
}
public-overview-title = 概览
public-countries-published = 已评分国家
public-global-average = 全球平均分
public-map-tier-title = 按等级显示的地图
public-map-score-title = 按得分显示的地图
public-map-show-score = 按得分显示地图
public-map-show-tier = 按等级显示地图
public-map-desc = 世界地图；每个已评分国家均链接至其国家概况页面。地图下方的表格包含相同的数据。
public-map-country = { $country }：{ $score }，{ $tier }
public-map-table = 以表格形式呈现的地图
public-legend = 图例
public-legend-score = 满分的 { $band }
public-legend-none = 本版次未评分
public-tier-distribution = 各等级国家数
public-averages = 平均分
public-by-itu-region = 按国际电联区域
public-by-m49-region = 按联合国 M49 区域
public-by-group = 按国家组别
public-col-rank = 排名
public-col-country = 国家
public-col-score = 得分
public-col-tier = 等级
public-col-countries = 国家数
public-col-group = 组别
public-col-average = 平均分
public-col-itu-region = 国际电联区域
public-col-m49-region = 联合国 M49 区域
public-col-pillar = 支柱
public-col-region-average = 区域平均分
public-col-max = 满分
public-col-indicator = 指标
public-col-missing = 未回答
public-col-edition = 版次
public-col-threshold = 最低分
public-col-item = 项目
public-col-weight = 权重
public-col-scoring = 计分方法
public-col-file = 文件
public-col-content = 内容
public-ranking-title = 排名
public-ranking-caption = 各国排名及其总分和各支柱得分
public-filter-region = 国际电联区域
public-filter-group = 组别
public-filter-all = 全部
public-filter-apply = 筛选
public-shown-countries = { $count ->
   *[other] 显示 { $count } 个国家
}
public-shown-countries-js = 显示的国家数：{"{"}count{"}"}
public-overall-score = 总分
public-answered = 已回答
public-missing-answers = { $count ->
   *[other] { $count } 个未回答
}
public-rank-of = 第 { $rank } 名（共 { $count } 个）
public-pillar-scores = 各支柱得分
public-pillar-chart = { $country }的各支柱得分
public-radar-chart = { $country }与其所在区域及全球的比较，以各支柱满分的百分比表示
public-pillar-table = 各支柱得分及区域和全球平均分
public-region-average = { $region }平均分
public-world-average = 全球平均分
public-areas = 相对优势领域和潜在增长领域
public-areas-hint = 该国得分占满分的比例高于或低于全球平均水平幅度最大（超过 5 分）的指标。
public-strengths = 相对优势
public-growth = 潜在增长领域
public-none = 无突出指标。
public-recommendations = 建议
public-recommendations-hint = 尚未（全面）落实的措施，按在其他条件不变的情况下全面落实每项措施可使总分提高的幅度排序。每项措施列出最多三个已落实该措施的国家：先列同一区域的国家，再列高一等级的国家；已公布相关证明材料的国家排在前面。
public-no-recommendations = 所有计分措施均已落实。
public-recommendation-points = 目前 { $points } 分（满分 { $max } 分）
public-recommendation-gain = 可使总分提高 { $gain } 分
public-recommendation-measure = 对应问题：
public-peers = 可借鉴的国家：
public-peer-same-region = 同一区域
public-peer-next-tier = 高一等级
public-indicators = 各指标得分
public-evidence = 公开的证明材料
public-no-evidence = 该国未公开任何证明材料。
public-history = 各版次历史
public-compare-with = 与其他国家比较
public-compare-title = 国家比较
public-compare-submit = 比较
public-compare-empty = 请在上方选择要比较的国家。
public-compare-caption = 所选国家并列对比
public-methodology-title = 方法
public-framework = 框架
public-out-of = 满分 { $max }
public-missing-policy = 缺失的回答
public-missing-zero = 已提问但未回答的问题计 0 分，并报告为缺失。
public-missing-exclude = 已提问但未回答的问题不参与计算，并报告为缺失。
public-rounding = 四舍五入
public-rounding-text = 等级和排名依据按所示精度四舍五入后的总分确定；四舍五入后得分相同的国家排名并列。
public-tiers = 等级
public-structure = 支柱、指标和问题
public-rule-weighted-sum = 分数加权求和，按满分折算
public-rule-weighted-mean = 各组成部分得分比例的加权平均值，按满分折算
public-rule-maturity-gated = 成熟度级别：当该级别及以下的每个组成部分均达到 { $share }% 时，该级别方可计入
public-rule-goalposts = 从 { $low }（0 分）到 { $high }（满分）线性计分
public-not-scored = 不计分
public-data-title = 开放数据
public-data-intro = 每个文件包含相同的已发布数据，并注明版次、框架版本、发布版本、许可协议以及缺失值的表示约定。
public-licence = 许可协议
public-missing-heading = 缺失值
public-missing-values = 不存在的值在 JSON 和 Parquet 中为 null，在 CSV 和 XLSX 中为空单元格，绝不会写为 0。
public-reproduce = 复现得分
public-reproduce-text = 使用 cyberindex 命令行，根据已发布的回答和框架可得出相同的得分：
data-file-json = 结果文档：每个国家的总分、各节点得分和各问题得分（模式 cyberindex/results/1）。
data-file-scores-csv = 每个国家一行，每个支柱、指标和子指标各一列。
data-file-questions-csv = 每个国家的每个问题一行：值、分数和贡献。
data-file-xlsx = 工作簿，包含一张元数据工作表，每个层级各一张工作表。
data-file-scores-parquet = 按国家和层级列出的得分，Parquet 格式。
data-file-questions-parquet = 按国家和问题列出的得分，Parquet 格式。
data-file-answers = 采用回答文件格式的已验证回答。
data-file-framework = 计算得分所用的框架文件。
data-file-schema = results.json 的 JSON Schema。
region-africa = 非洲
region-americas = 美洲
region-arab-states = 阿拉伯国家
region-asia-pacific = 亚太地区
region-cis = 独联体
region-europe = 欧洲
region-asia = 亚洲
region-oceania = 大洋洲
region-ldc = 最不发达国家
region-sids = 小岛屿发展中国家
region-lldc = 内陆发展中国家

## Robustness (methodology lab)
public-nav-robustness = 稳健性
robustness-title = 稳健性
robustness-intro = 排名和等级在多大程度上取决于其所依据的方法假设：以相同的回答为基础将指数重新计算数千次，并在其中改变下列每项假设。
robustness-secretariat-intro = 发布前：已验证答复的排名和等级对框架不确定性规范中各项假设的稳健程度，以及回答的统计一致性。
robustness-too-few = 至少需要两份已验证的答复。
robustness-failed = 无法完成稳健性分析：
robustness-verdict = { $share }% 的国家与其排名中位数相差不超过 3 位；一国的排名平均变动 { $shift } 位。
robustness-settings = 蒙特卡洛模拟运行 { $runs } 次；敏感性分析基于 { $samples } 个基础样本；随机种子 { $seed }。
robustness-assumptions = 所改变的假设
robustness-intervals-title = 排名区间
robustness-intervals-hint = 每个国家的线段覆盖其在 90% 的重新计算中所得的排名（第 5 至第 95 百分位）；圆点为中位排名，菱形为公布的排名。第 1 名在左侧。
robustness-table = 以表格形式呈现的排名区间和等级概率
robustness-col-nominal = 公布的排名
robustness-col-median = 排名中位数
robustness-col-interval = 第 5–95 百分位数
robustness-sensitivity-title = 排名对各项假设的敏感性
robustness-sensitivity-hint = 每项假设能解释多少排名变动：单独时，以及与其相互作用的其他假设一起时（0 = 无，1 = 全部），附 95% 区间。
robustness-first-order = 单独影响
robustness-total = 含交互的影响
robustness-col-assumption = 假设
robustness-col-converged = 收敛
robustness-yes = 是
robustness-wide = 区间较宽
robustness-not-converged = 部分区间较宽：增加样本可使其收窄。
robustness-no-sensitivity = 未进行敏感性分析。
robustness-checks = 统计一致性
robustness-availability = 数据可得性
robustness-availability-ok = 每个问题和每个国家均至少有 65% 的值可用。
robustness-low-questions = 作答国家不足 65% 的问题：
robustness-low-countries = 作答问题不足 65% 的国家：
robustness-skew = 偏态问题（|偏度| > 2 且峰度 > 3.5）
robustness-collinear = 共线的组成部分（r > 0.92）
robustness-consistency = 内部一致性
robustness-col-level = 层级
robustness-col-children = 组成部分
robustness-col-alpha = 克朗巴哈α系数
robustness-col-pc1 = 第一主成分（方差占比 %）
robustness-effects = 对指数的主效应（与名义权重对照）
robustness-col-weight-share = 权重（占各支柱的 %）
robustness-col-effect-share = 主效应（占各支柱的 %）
robustness-col-r2 = 与指数的 r²

# Hardening: archived editions, outbox, webhooks (issue 11, store and server limits)
error-locked-archived = 版本 { $edition } 已归档，无法再更改。
error-webhook-destination = 无法向 { $host } 发送 Webhook：这是环回、私有、链路本地或云元数据地址。管理员可以通过配置项 webhook_allowed_hosts 允许该地址。
outbox-links-removed = 一次性链接（邀请和密码重置）从不保存在此处。邀请链接只向创建它的管理员显示一次；密码重置链接只通过电子邮件送达其本人。

# Hardening: sign-in, second factor and account changes (issue 11)
reset-done-tokens-revoked = 新密码已设置。为安全起见，其他所有登录均已结束，您账户的所有 API 令牌均已撤销：如果您的脚本需要，请在账户页面创建新令牌。
totp-session-ended = 错误的验证码次数过多：本次登录已结束。请重新输入密码，然后输入应用当前显示的验证码。
error-session-only = 此更改只能在浏览器的已登录会话中进行，不能使用 API 令牌。
account-password-wrong = 这不是您当前的密码。请重新输入以确认此更改。
field-current-password = 当前密码
account-password-title = 密码
account-password-intro = 更改密码会结束您的其他登录，并使已发送给您的任何重置或邀请链接失效。您的 API 令牌仍然有效。
account-password-submit = 更改密码

# 证据、上传与答案保存（安全加固：数据）
error-value-too-long = 此答案过长：共 { $length } 个字符，而此问题最多接受 { $max } 个字符。请缩短答案，或将全文作为证据附上。
error-file-markup = 此文件被拒绝：它看似文档或图片，但在前 1 KB 中含有网页标记（HTML、SVG 或脚本）。请用创建它的程序重新保存，或以 PDF 格式上传。
error-evidence-one-file = 每项证据只能上传一个文件：此表单包含多个文件。

# Store errors and autosave retries (issue 12)
error-unavailable-text = 数据库暂时没有响应，因此没有保存任何内容。请稍后重试。
error-corrupt-text = 无法读取已存储的数据。没有任何更改；管理员可以在服务器日志中查看详情。
autosave-retrying = 尚未保存：服务器无法存储您的回答。回答已保留在此设备上，稍后将再次保存。

## PostgreSQL backend (issue 12)
store-password-file = 无法读取数据库密码文件 { $path }（由 CYBERINDEX_DB_PASSWORD_FILE 指定）：{ $error }。请确认该文件存在，并且运行 cyberindex 的账户可以读取它。

## db copy (issue 12)
db-copy-target-not-empty = 目标数据库不是空的：其表 { $table } 中有 { $rows } 行。db copy 只写入空数据库：请新建一个（新的 SQLite 文件，或在 PostgreSQL 上执行 CREATE DATABASE）并复制到其中。未写入任何内容。
db-copy-unknown-table = 数据库中有一个 db copy 不认识的表 { $table }，因此无法完整复制该安装。未写入任何内容。该表可能由更新版本的 cyberindex 创建：请用该版本运行 db copy。
db-copy-columns = 表 { $table } 的列为 { $found }，但 db copy 所知的列为 { $expected }，因此无法完整复制该安装。未写入任何内容。

# ops: request ids
error-reference = 支持参考编号：{ $id }。如就此问题联系秘书处，请提供此编号。

# admin safety (issue 14 item 8)
users-state = 状态
users-state-active = 已启用
users-state-invited = 已邀请，尚未接受
users-state-deactivated = 已停用
users-back = 所有用户
users-edit-title = 用户 { $email }
users-edit-access = 角色和国家
users-edit-save = 保存更改
users-edit-saved = 更改已保存，并立即生效，包括该用户已打开的会话。
users-reinvite-heading = 邀请
users-reinvite-help = 新的邀请链接只能使用一次；之前的任何链接立即失效。
users-reinvite = 发送新的邀请
users-reinvited = 已创建新的邀请。下面的链接已通过电子邮件发送（或在发件箱中）；之前的链接已失效。
users-deactivate-heading = 访问权限
users-deactivate-help = 停用会立即结束该用户的会话和 API 令牌。其答复、决定和审计记录将予以保留。
users-deactivate = 停用此用户
users-deactivated = 用户已停用：其会话和 API 令牌已结束。
users-reactivate-help = 此用户已停用。重新启用后可再次登录；其旧的会话和令牌仍然失效。
users-reactivate = 重新启用此用户
users-reactivated = 用户已重新启用。可以再次登录，或申请重置密码。
users-error-last-admin = 这样将不再有任何已启用的管理员：请先将另一位用户设为管理员。
users-error-inactive = 该账户已停用：请先重新启用。
editions-unarchive = 取消归档
archive-confirm-title = 归档 { $edition }？
archive-confirm-text = 已归档的版次即告关闭：其中的答复、证据、决定和消息都不能再更改，各国只能查看。其已发布的结果仍保持在线。您以后可以取消归档。
archive-confirm-submit = 归档 { $edition }
archive-cancel = 取消并返回版次列表
publish-preview = 待发布结果预览
publish-preview-first = 这将是第一个发布版本。下列所有国家均为新增。
publish-preview-compared = 与已发布的第 { $version } 版相比：共 { $count } 处变化，以粗体显示。
publish-preview-change = 与上一版本相比的变化
publish-preview-new = 本版本新增
publish-preview-same = 无变化
publish-preview-moved = 得分 { $from_score } → { $to_score }，排名 { $from_rank } → { $to_rank }
publish-preview-removed = 本版本移除的国家
publish-confirm = 确认并发布这些结果

# review at scale and honest rounds (issue 14)
round-message = 审核员的留言
round-asked = 审核员提出疑问的问题：{ $count }
round-open = 尚无决定或尚未回答、您仍可修改的问题：{ $count }
round-frozen = 已接受的回答，保持不变：{ $count }
round-asked-title = 审核员提出疑问的问题
notify-reviewers-wrote = 审核员写道：
sendback-preview = 如果退回该答复，该国将可以修改：
sendback-asked = 您提出疑问的问题：{ $count }
sendback-undecided = 已回答但尚无决定的问题：{ $count }
sendback-unanswered = 尚未回答的问题：{ $count }
sendback-frozen = 已接受的回答保持冻结：{ $count }。
sendback-warn-undecided = 有 { $count } 个问题尚无决定。该国可以修改这些问题，您将在下一轮审核它们。
review-guidance = 指导说明
review-evidence-expected = 预期证明材料
review-undecided-tag = 尚无决定
review-show-undecided = 尚无决定
review-show-missing = 缺少证明材料
review-show-thread = 有讨论
review-bulk-title = 批量接受
review-bulk-explained = 每个批量接受的回答在审计记录中都有单独的条目。
review-bulk-evidenced = 接受已附证明材料的已回答问题（{ $count }）
review-bulk-unchanged = 接受自上次接受以来未更改的回答（{ $count }）
review-bulk-pillar = 接受本支柱中已附证明材料的已回答问题（{ $count }）
review-bulk-done = 已接受的回答：{ $count }。
review-bulk-none = 这里已没有可批量接受的内容。
review-bulk-unknown = 未知的批量决定“{ $kind }”：请选择“evidenced”或“unchanged”。
review-keys-title = 键盘快捷键
review-keys = a：接受 · c：请求澄清 · r：拒绝 · j：下一个问题 · k：上一个问题
review-saving = 正在保存…
review-saved = 决定已保存：{ $decision }
review-save-failed = 决定未保存。请检查网络连接后重试。
review-proposed-none = 无建议值
review-next = 下一个问题
queue-open = 未决问题
queue-waiting = 已等待
queue-days = { $days } 天
nav-unread = 条未读
submit-done-title = 您的答复已提交
submit-done-next = 接下来：秘书处将审核每个回答及其证明材料。如果审核员就某个问题提出疑问或退回答复，您将通过电子邮件和“通知”获悉，届时可以修改所要求的内容。在此之前，答复为只读状态，您可以在本页跟踪其状态。
index-title = 问题
index-next-unanswered = 下一个未回答的问题
index-next-missing = 下一个缺少证明材料的问题
index-show-all = 显示完整问卷
index-filter = 显示
index-filter-all = 所有问题
index-filter-unanswered = 未回答
index-filter-missing = 缺少证明材料
index-filter-thread = 有讨论
index-open-pillar = 打开此支柱
index-pages = 支柱
index-previous = 上一个
index-next = 下一个
index-done = 已回答
index-todo = 未回答
index-missing = 缺少证明材料
index-action = 审核员对此提出疑问
autosave-saved-at = 已于 { $time } 保存
autosave-saved-one = 已保存。
evidence-preview = 预览
opens-new-tab = （在新标签页中打开）
page-saved = { $count ->
    [0] 本页的所有回答均已保存；没有任何更改。
   *[other] 已保存：更改了 { $count } 个回答。
}
page-save-conflict = { $changed } 您输入的回答保留在此：再次保存即可用您的回答替换他人的更改。
page-save-refused = 未保存任何内容。请更正以下回答后再次保存：
page-save-partly = 其他回答已保存，但以下回答没有保存：
review-tab-undecided = 尚无决定：{ $count }

# country search
public-search-label = 查找国家
public-search-button = 搜索
public-search-title = 国家
public-search-hint = 可输入联合国六种正式语文中任一语文的国名，或 KE、KEN 等 ISO 代码。
public-search-options = 匹配的国家
public-search-none = 本版中没有与“{ $query }”匹配的国家。
public-search-count = 有 { $count } 个国家与“{ $query }”匹配。
public-search-all = 本版的 { $count } 个国家，按名称排列。
public-search-none-js = 没有匹配的国家。
public-search-count-js = 匹配的国家：{"{"}count{"}"} 个。可用方向键选择。
public-map-skip = 跳过地图
public-map-keys = 在地图上按 Tab 键进入一个国家；用方向键移到该方向上最近的国家，按 Enter 键打开其概况。所有国家也列在地图下方的表格中。
public-compare-chosen = 所比较的国家：
public-compare-remove = 移除{ $country }
public-compare-add = 添加国家（最多 { $count } 个）
public-compare-add-button = 添加
public-compare-pick = 请选择一个：
public-compare-full = 最多可比较 { $count } 个国家；请先移除一个。
public-compare-unknown = 以下代码不是本版的国家，已略去：{ $codes }。
public-compare-chart = 各支柱得分并列比较
public-compare-indicators = 所有支柱和指标
public-compare-diff-hint = 每个得分后为与{ $country }的差值（+ 较高，− 较低，= 相同）。
public-compare-share = 本页地址包含所比较的国家：复制该地址即可分享此比较。
home-latest = 最新结果：
home-open-results = 查看完整结果：地图、排名、国家概况和数据
home-map-keys = 在地图上按 Tab 键进入一个国家；用方向键移到该方向上最近的国家，按 Enter 键打开其概况。
public-certainty-heading = 这一排名和等级有多可靠？
public-certainty-rank = 排名第 { $rank }。在改变指数所依据的假设（权重、缺失答案的处理方式、得分的汇总方式）后，在 90% 的重新计算中排名介于第 { $low } 和第 { $high } 之间。
public-certainty-rank-fixed = 排名第 { $rank }；在采用其他假设（权重、缺失答案、汇总方式）重新计算指数时，90% 的结果仍为第 { $rank }。
public-certainty-tiers = 重新计算中各等级的概率：{ $tiers }。
public-certainty-more = 邻近国家的排名如何变化
robustness-near = 排名接近以下国家的国家
robustness-show = 显示
robustness-show-near = 只显示与所选国家排名接近的国家
robustness-show-all = 显示全部 { $count } 个国家
robustness-level-question = 问题
robustness-level-sub-indicator = 子指标
robustness-level-indicator = 指标
robustness-level-pillar = 支柱
robustness-level-index = 总分
robustness-plain-weights = { $level }权重，各自上下浮动最多 { $noise }%
robustness-plain-aggregation = 得分的汇总方式（{ $level }层面）：{ $options }
robustness-plain-normalisation = 部分满足的问题如何计分（{ $count } 种方式）
robustness-plain-imputation = 未作答的问题：{ $options }
robustness-plain-exclude = 从 { $count } 个问题中略去一个，或不略去
robustness-plain-tiers = 采用公布的等级阈值，或另外 { $count } 组阈值
robustness-agg-arithmetic = 相加
robustness-agg-geometric = 几何平均（有利于均衡）
robustness-agg-harmonic = 调和平均
robustness-agg-power = 幂平均
robustness-imp-none = 不计入
robustness-imp-zero = 按 0 计
robustness-imp-mean = 所有国家的平均值
robustness-imp-median = 所有国家的中位数
robustness-imp-group-mean = 该国所在区域的平均值
robustness-imp-group-median = 该国所在区域的中位数
# edition names per language
edition-names-legend = 其他语言的名称
edition-names-help = 选填。结果页面以读者的语言显示名称；某种语言没有名称时，显示上面填写的名称。
edition-field-name-in = { $lang ->
    [ar] 阿拉伯文名称
    [zh] 中文名称
    [en] 英文名称
    [fr] 法文名称
    [ru] 俄文名称
    [es] 西班牙文名称
   *[other] { $lang } 名称
}
edition-error-name-long = 名称：最多 200 个字符。
edition-error-name-language = 名称：“{ $lang }”不是语言代码，请使用 ar、zh、en、fr、ru 或 es。
edition-error-name-in-long = { $lang ->
    [ar] 阿拉伯文名称
    [zh] 中文名称
    [en] 英文名称
    [fr] 法文名称
    [ru] 俄文名称
    [es] 西班牙文名称
   *[other] { $lang } 名称
}：最多 200 个字符。
edition-error-name-in-control = { $lang ->
    [ar] 阿拉伯文名称
    [zh] 中文名称
    [en] 英文名称
    [fr] 法文名称
    [ru] 俄文名称
    [es] 西班牙文名称
   *[other] { $lang } 名称
}：请删除换行符、制表符和其他控制字符。
chart-download = 下载：
chart-link = 此图表的链接
chart-embed = 嵌入
chart-embed-label = 在其他网站上显示此图表的代码：
chart-data = 数据（CSV）

# profile PDF
report-profile-download = 下载此概况的 PDF 版本
report-profile-title = { $country }：国家概况
report-method-heading = 指数的编制方法
report-method-note = 分数来自该国提交并经秘书处验证的答案；只计入已接受的答案。每个支柱的分数按框架的权重和规则合并其指标，总分再合并各支柱。等级依据按框架精度取整后的总分确定；分数相同的国家排名相同。相对优势和潜在增长领域将该国在每个指标上达到的最高分比例与世界平均水平进行比较。一项建议的增益是指在其他条件不变的情况下，仅全面落实该项措施时总分将增加的分数。完整的方法、权重和开放数据见本版的方法和数据页面。
report-source = { $edition }，第 { $version } 版，发布于 { $date }。许可：{ $licence }
report-missing-glyphs = 本报告的字体均不包含的字符（上文显示为方框）：
report-edition-title = { $edition }：报告
report-edition-download = 整个版本的 PDF 报告
report-pdf-heading = PDF 报告
report-pdf-intro = 版本报告包括摘要、地图、各等级的国家、区域平均值、关于方法和稳健性的附件，以及每个国家的概况。每个国家的概况也在其页面上提供。
report-summary = 摘要
report-summary-text = 本版共对 { $count } 个国家评分，其中 { $ranked } 个参与排名。全球总分平均为 { $average }（满分 { $max }）；{ $top } 个国家达到“{ $tier }”等级。
report-tier-tables = 各等级的国家
report-annex-method = 附件：方法
report-annex-robustness = 附件：排名的确定程度
report-col-likely-tier = 最可能的等级（概率）
report-profiles = 国家概况

# CIRT directory (issue 16)
nav-directory = 名录
store-duplicate-team = 标识为“{ $id }”的团队已存在。
store-team-stale = 在您读取之后，其他人修改了这条记录（现为第 { $version } 版）。请重新读取后再修改。
directory-error-record = 团队记录未保存；请更正以下字段：{ $problems }
directory-error-id-mismatch = 记录的标识必须与地址中的标识 { $id } 一致。
directory-title = CIRT 名录
directory-intro = 按国家列出的事件响应团队：团队是谁、如何联系，包括紧急情况下的联系方式。您看到的是公开字段；名录成员登录后可以看到更多。每条记录由团队本身和秘书处维护。
directory-search = 团队名称
directory-count = 共 { $count } 个团队
directory-files = 由此记录生成的文件：
directory-staleness = 过时程度：{ $score }（满分 100）
directory-staleness-hint = 0 表示最新，100 表示已过时。以下原因为英文。
directory-record = 记录
directory-col-field = 字段
directory-col-value = 值
directory-col-visibility = 可见范围
directory-contacts = 联系人
directory-field-official-name = 正式名称
directory-field-short-name = 简称
directory-field-country = 国家
directory-field-host = 主办机构
directory-field-type = 团队类型
directory-field-established = 成立时间
directory-field-language = 语言
directory-field-hours = 服务时间
directory-field-website = 网站
directory-field-channel = 联系渠道
directory-field-key = OpenPGP 密钥
directory-field-asn = 自治系统
directory-field-prefix = IP 前缀
directory-field-domain = 域名
directory-field-sector = 服务行业
directory-field-membership = 成员资格
directory-key-expires = { $date } 到期
directory-key-no-expiry = 无到期日
directory-type-national = 国家级 CIRT
directory-type-government = 政府 CIRT
directory-type-sector = 行业 CIRT（{ $sector }）
directory-type-sector-any = 行业 CIRT
directory-type-academic = 高校或科研网络 CIRT
directory-type-psirt = 产品安全团队（PSIRT）
directory-type-commercial = 商业 CIRT
directory-usage-contact = 联系
directory-usage-emergency = 紧急联系
directory-usage-abuse = 滥用举报
directory-usage-reports = 事件报告
directory-channel-email = 电子邮件
directory-channel-phone = 电话
directory-channel-fax = 传真
directory-channel-url = 网址
directory-status-listed = 已列入
directory-status-accredited = 已认可
directory-status-certified = 已认证
directory-status-member = 成员
directory-status-applicant = 申请中
directory-status-former = 前成员
directory-contact-technical = 技术
directory-contact-policy = 政策
directory-contact-diplomatic = 外交
directory-visibility-public = 公开
directory-visibility-members = 名录成员
directory-visibility-restricted = 受限（TLP:AMBER）
directory-source-manual = 手动录入
directory-source-csv = 从电子表格导入
directory-source-first = 从 FIRST 导入
directory-source-ti = 从 Trusted Introducer 导入
directory-source-rfc2350 = 从 RFC 2350 读取
directory-source-security-txt = 从 security.txt 读取
directory-download = 您可查看的整个名录：

# Reachability checks of the directory
check-mail-subject = 联络可达性检查：{ $team }
check-mail-intro = 这是 { $site } 的 CIRT 名录对 { $team } 的联络可达性检查。
check-mail-action = 请打开此链接并点击按钮，确认此地址能够联系到该团队：
check-mail-window = 该链接仅可使用一次。请在 { $hours } 小时内回复。
check-mail-wrong-person = 如果此邮件发错了人，请转发给该团队或忽略。
check-error-scope = 检查：“{ $scope }”不是名录中的团队、国家或区域。
check-error-window = 回复时限：请填写 1 至 { $max } 之间的整数小时数。
check-error-repeat = 重复：请填写 1 至 { $max } 之间的整数天数，或留空。
check-error-when = 开始时间：请选择从现在起 { $days } 天内的时间。
check-error-no-channel = 检查：“{ $scope }”中没有任何团队有电子邮件地址。
check-error-link-closed = 此检查链接已关闭：链接在发送后 { $days } 天内有效。秘书处可以发送新的检查。
check-error-due = 开始时间：“{ $value }”不是日期和时间；请按 UTC 写成 YYYY-MM-DDTHH:MM，或留空以立即发送。
store-check-started = 此检查已经发送：其结果已保存，不能再更改。
check-outcome-acknowledged = 已确认
check-outcome-late = 逾期确认
check-outcome-pending = 等待回复
check-outcome-no-reply = 无回复
check-outcome-bounced = 未送达
check-latency-days = { $days } 天 { $hours } 小时
check-latency-hours = { $hours } 小时 { $minutes } 分钟
check-latency-minutes = { $minutes } 分钟
check-scope = 检查对象
check-scope-all = 所有团队
check-scope-region = 某一区域的团队
check-scope-country = 某一国家的团队
check-scope-team = 一个团队
check-title = 联络可达性检查
check-explained = 检查会向所选团队的每个电子邮件地址发信。每封邮件含一个一次性链接；团队打开链接并点击按钮，名录即记录时间。超过时限的回复计为逾期。
check-no-smtp = 尚未配置邮件服务器：邮件留在发件箱中，在配置之前无人能够回复。
check-new = 新建检查
check-window = 回复时限（小时）
check-due = 开始时间（UTC）
check-due-hint = 留空则立即发送。
check-repeat = 每隔（天）重复
check-repeat-hint = 留空则只检查一次。
check-start = 安排检查
check-list = 检查
check-download = 下载结果（CSV）
check-none = 尚无检查。
check-heading = 检查 { $id }
check-state-started = 发送于 { $when }
check-state-scheduled = 计划于
check-repeats = 每 { $days } 天重复
check-median = 回复时间中位数 { $latency }
check-cancel = 取消此检查
check-window-of = 回复时限 { $hours } 小时
check-col-team = 团队
check-col-address = 地址
check-col-sent = 发送时间
check-col-outcome = 结果
check-col-latency = 回复用时
check-ack-title = 确认此邮件已送达贵团队
check-ack-intro = CIRT 名录正在检查能否通过 { $address } 联系到 { $team }（邮件发送于 { $sent }）。
check-ack-button = 确认已收到
check-ack-recorded = 谢谢：已确认，距邮件发送 { $latency }。您可以关闭此页面。
check-ack-already = 此邮件已于发送后 { $latency } 确认，无需其他操作。
check-history = 联络可达性检查
check-never = 尚未检查此团队。
directory-by-staleness = 所有团队，最陈旧的在前
directory-sort = 排序
directory-sort-country = 按国家
directory-col-staleness = 陈旧度

## The directory's who's who: regions, countries, the map, mailing lists (issue 16, part 6)
directory-field-region = 国际电联区域
directory-field-network = 网络
directory-filter-emergency = 仅显示有紧急联系渠道的团队
directory-regions = 按国际电联区域列出的团队
directory-region-title = { $region }的 CIRT
directory-country-title = { $country }的 CIRT
directory-map-title = 团队地图
directory-map-desc = 至少列有一个团队的国家以颜色和图案填充，并链接到该国页面。所有团队也列在地图下方的表格中。
directory-map-country = { $country }：{ $teams }，未列出国家级团队
directory-map-country-national = { $country }：{ $teams }，已列出国家级团队
directory-map-key-national-and-more = 国家级团队及其他团队
directory-map-key-national = 仅国家级团队
directory-map-key-other = 有团队，但无国家级团队
directory-map-key-none = 未列出团队
directory-map-skip = 跳过地图，转到团队表格
directory-lists-title = 邮寄列表
directory-lists-intro = 以名称保存的名录筛选条件。每个都可下载为其当前筛选出的团队的邮寄列表：其联系渠道的 CSV（全部或某一用途），或其联系人名片。
directory-lists-none = 尚未保存任何列表。请先筛选名录，再以名称保存筛选条件。
directory-list-save = 将此筛选条件保存为邮寄列表
directory-list-save-hint = 列表保存的是筛选条件而非团队：每次下载时重新查找团队。
directory-list-name = 列表名称
directory-list-save-button = 保存列表
directory-list-teams = 当前团队数
directory-list-downloads = 下载
directory-list-saved = 保存时间
directory-list-delete = 删除
directory-list-delete-named = 删除列表 { $name }
directory-list-csv = CSV，全部渠道
directory-list-usage-contact = 仅联系
directory-list-usage-emergency = 仅紧急
directory-list-usage-abuse = 仅滥用举报
directory-list-usage-reports = 仅事件报告
directory-list-error-name = 请为列表起一个不超过 { $max } 个字符的单行名称。
directory-list-error-usage = 未知用途“{ $usage }”：请填写 contact、emergency、abuse 或 reports。
directory-map-keys = 在地图上，按 Tab 键进入一个国家；方向键移到该方向上最近的国家，按 Enter 键打开其页面。所有团队也列在地图下方的表格中。
