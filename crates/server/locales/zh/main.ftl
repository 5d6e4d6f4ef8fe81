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
