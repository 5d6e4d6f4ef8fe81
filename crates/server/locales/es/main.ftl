# cyberindex interface: Spanish (translated from the English reference, locales/en/main.ftl).
# Keys are grouped by page. Keep each message a whole sentence or label; never build sentences
# from pieces in code.

## Layout
skip-to-content = Ir al contenido principal
demo-banner = Datos de demostración: no son evaluaciones reales.
nav-label = Menú principal
nav-editions = Ediciones
nav-users = Usuarios
nav-outbox = Bandeja de salida
nav-my-responses = Mis respuestas
nav-account = Cuenta
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
language-label = Idioma
footer-text = cyberindex: software abierto para los programas nacionales de capacidades de ciberseguridad.
back-home = Volver a la página de inicio
yes = Sí
no = No

## Home
home-title = Programa nacional de capacidades de ciberseguridad
home-intro = Los países responden aquí al cuestionario, la secretaría examina cada respuesta con ellos y se publican los resultados validados.
home-nothing-published = Todavía no se ha publicado ningún resultado.
published-notice = La versión { $version } de los resultados está publicada.
published-open = Abrir los resultados publicados
home-all-results = Todos los resultados publicados
nav-results = Resultados
my-responses-title = Mis respuestas
my-responses-none = En este momento no tiene ningún cuestionario abierto.
col-edition = Edición
col-country = País
col-status = Estado
col-deadline = Fecha límite
col-framework = Marco
col-opens = Apertura
col-countries = Países
col-state = Estado
col-actions = Acciones
col-complete = Completado
col-last-activity = Última actividad

## Sign in
login-title = Iniciar sesión
field-email = Dirección de correo electrónico
field-password = Contraseña
login-submit = Iniciar sesión
login-forgot = ¿Ha olvidado su contraseña?
login-failed = La dirección de correo electrónico o la contraseña no son correctas. Compruebe ambas e inténtelo de nuevo.
totp-code-title = Código de autenticación
field-totp-code = Código de seis dígitos
totp-code-help = Abra su aplicación de autenticación e introduzca el código que muestra para cyberindex.
totp-code-submit = Continuar
totp-code-wrong = El código no es correcto o ha caducado. Introduzca el código que muestra ahora su aplicación.

## Passwords and links
field-new-password = Nueva contraseña
field-confirm-password = Vuelva a escribir la nueva contraseña
password-help = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
set-password-submit = Establecer la contraseña
password-too-short = La contraseña es demasiado corta: utilice al menos 12 caracteres.
password-common = Esta contraseña está entre las 10 000 contraseñas más comunes, que los atacantes prueban primero. Elija otra: varias palabras sin relación entre sí forman una contraseña larga y fácil de recordar.
password-common-variant = Esta contraseña es una contraseña muy común con cifras o símbolos añadidos, algo que los atacantes también prueban primero. Elija otra: varias palabras sin relación entre sí forman una contraseña larga y fácil de recordar.
password-repetitive = Esta contraseña repite un patrón corto o usa muy pocos caracteres distintos, por lo que se adivina rápido. Elija otra: varias palabras sin relación entre sí forman una contraseña larga y fácil de recordar.
password-mismatch = Las dos contraseñas no coinciden. Escríbalas de nuevo.
invitation-title = Le damos la bienvenida a cyberindex
invitation-intro = Elija una contraseña para terminar de configurar su cuenta. Este enlace solo puede utilizarse una vez.
reset-title = Restablecer la contraseña
reset-intro = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviar el enlace
reset-sent = Si hay una cuenta asociada a esta dirección, se le ha enviado un enlace para restablecer la contraseña. Solo puede utilizarse una vez y es válido durante un día.
reset-confirm-title = Elija una nueva contraseña
reset-confirm-intro = Elija una nueva contraseña para su cuenta. También la necesitará para iniciar sesión en otros dispositivos.

## Account
account-title = Su cuenta
totp-title = Autenticación de dos factores
totp-on = La autenticación de dos factores está activada: al iniciar sesión se le pedirá un código de su aplicación.
totp-disable = Desactivar la autenticación de dos factores
totp-required = Su rol requiere la autenticación de dos factores. Configúrela para continuar.
totp-setup-intro = Escanee este código con una aplicación de autenticación (o escriba la clave que figura a continuación) y, después, introduzca el código de seis dígitos que muestre.
totp-qr-alt = Código QR para añadir cyberindex a una aplicación de autenticación
totp-secret-label = Clave:
totp-enable = Activar la autenticación de dos factores
tokens-title = Tokens de API
tokens-intro = Los scripts utilizan un token personal en la cabecera "Authorization: Bearer TOKEN". Un token actúa con sus permisos; revóquelo cuando ya no lo necesite.
tokens-new = Copie ahora su nuevo token: no se volverá a mostrar.
tokens-none = No tiene ningún token.
tokens-name = Nombre del token
tokens-created = Creación
tokens-last-used = Último uso
tokens-state = Estado
tokens-revoke = Revocar
tokens-revoked = Revocado
tokens-create = Crear token

## Roles and statuses
role-admin = Administrador de la secretaría
role-reviewer = Revisor
role-focal-point = Punto focal
role-contributor = Colaborador
role-observer = Observador
status-not-started = No iniciada
status-in-progress = En curso
status-submitted = Presentada
status-in-review = En revisión
status-validated = Validada

## Editions
editions-title = Ediciones
editions-new = Nueva edición
editions-none = Todavía no hay ninguna edición.
editions-archive = Archivar
editions-create = Crear la edición
edition-open = Abierta
edition-archived = Archivada
edition-field-id = Identificador de la edición
edition-field-id-help = Letras minúsculas, dígitos y guiones, por ejemplo 2026. Aparece en las direcciones web y no se puede cambiar.
edition-field-name = Nombre
edition-field-framework = Marco
edition-field-framework-file = O cargue un archivo de marco (TOML)
edition-field-opens = Fecha de apertura
edition-field-deadline = Fecha límite
edition-field-countries = Países participantes
edition-field-countries-help = "all" para todos los países de la lista maestra, o bien códigos ISO 3166-1 alpha-3 separados por comas.
edition-field-carry-forward = Trasladar las respuestas de
edition-carry-forward-none = No trasladar respuestas
edition-field-carry-forward-help = Las respuestas de cada país en esa edición se rellenan de antemano, se marcan como trasladadas y el país debe confirmarlas.
form-errors = Corrija los siguientes problemas

## Dashboard
dashboard-title = Panel de control
dashboard-summary = Fecha límite: { $deadline }. Marco: { $framework }.
dashboard-filters = Filtrar los países
dashboard-region = Región de la UIT
dashboard-status = Estado
dashboard-all = Todos
dashboard-apply = Aplicar los filtros
dashboard-caption = { $count ->
    [one] Un país
    [many] { $count } de países
   *[other] { $count } países
}

## Workspace
workspace-status = Estado:
workspace-deadline = Fecha límite:
readonly-submitted = Esta respuesta se ha presentado y ya no se puede modificar.
readonly-viewer = Puede consultar esta respuesta, pero no modificarla.
progress-title = Avance
progress-pillar = Pilar
progress-answered = Respondidas
progress-evidence-missing = Falta evidencia
progress-total = Todos los pilares
questions-count = { $count ->
    [one] { $count } pregunta
    [many] { $count } de preguntas
   *[other] { $count } preguntas
}
autosave-saving = Guardando…
autosave-saved = Se han guardado todos los cambios.
autosave-offline = Aún no se ha guardado: se ha perdido la conexión. Su respuesta se conserva en este dispositivo y se guardará cuando se restablezca la conexión.
autosave-error = No se ha podido guardar esta respuesta. Consulte el mensaje que aparece junto a ella.
autosave-conflict = Otra persona ha modificado esta respuesta mientras usted la editaba. Elija qué valor desea conservar.
conflict-title = Otra persona ha modificado esta respuesta
conflict-intro = Mientras usted la editaba, otra persona guardó esta respuesta. Elija qué valor desea conservar.
conflict-theirs = Valor de la otra persona
conflict-mine = Su valor
conflict-keep-theirs = Conservar el valor de la otra persona
conflict-use-mine = Guardar mi valor en su lugar
conflict-empty = (sin respuesta)
# carry-forward (issue 14 item 7)
confirm-pillar-button = { $count ->
    [one] Confirmar la respuesta sin cambios de { $pillar }
   *[other] Confirmar las { $count } respuestas sin cambios de { $pillar }
}
confirm-pillar-hint = { $count ->
    [one] Una respuesta de este pilar se rellenó de antemano para usted y no se ha modificado. Si sigue siendo válida, confírmela en un solo paso. La confirmación queda registrada en el registro de auditoría.
   *[other] { $count } respuestas de este pilar se rellenaron de antemano para usted y no se han modificado. Si siguen siendo válidas, confírmelas todas en un solo paso. Cada confirmación queda registrada en el registro de auditoría.
}
confirm-pillar-done = { $count ->
    [0] No quedaba nada por confirmar en { $pillar }.
    [one] 1 respuesta confirmada en { $pillar }.
   *[other] { $count } respuestas confirmadas en { $pillar }.
}
confirm-pillar-next = { $count ->
    [one] Siguiente: 1 respuesta sin cambios por confirmar en { $pillar }
   *[other] Siguiente: { $count } respuestas sin cambios por confirmar en { $pillar }
}
evidence-carried-from = Traída de { $edition }
conflict-changed-by = Modificada por { $who } el { $when }.
conflict-changed-at = Modificada el { $when }.
evidence-required-tag = Se requiere evidencia
prefilled-secretariat = Completado previamente por la secretaría a partir de fuentes públicas. Confírmelo o corríjalo.
prefilled-carried-forward = Tomado de la edición anterior. Confírmelo o corríjalo.
guidance = Orientaciones
evidence-expected = Evidencia esperada:
not-answered = Sin responder
field-number = Número
number-hint-whole = Número entero
number-hint-min = { $min } o más
number-hint-max = { $max } o menos
number-hint-range = De { $min } a { $max }
text-hint-max-length = Como máximo { $max } caracteres
field-url = Dirección web
field-date = Fecha
field-text = Respuesta
field-comment = Comentario (opcional)
save-page = Guardar las respuestas de esta página
evidence-title = Evidencia
evidence-none = Todavía no se ha adjuntado ninguna evidencia.
evidence-public = pública
evidence-confidential = confidencial
evidence-delete = Quitar
evidence-link = enlace
evidence-add = Adjuntar evidencia
evidence-field-title = Título del documento
evidence-field-url = Dirección web de la evidencia
evidence-field-file = O un archivo
evidence-upload-hint = Indique una dirección web o elija un archivo: PDF, documento ofimático, imagen o texto, de hasta { $size } MB.
evidence-field-language = Idioma del documento
evidence-language-other = Otro idioma
evidence-field-date = Fecha del documento
evidence-field-public = Puede publicarse junto con los resultados
evidence-add-submit = Adjuntar

## Submit
submit-review-link = Revisar y presentar
submit-title = Revisar y presentar
submit-summary = Preguntas respondidas: { $answered } de { $relevant }.
submit-unanswered = Preguntas sin responder
submit-no-evidence = Respuestas sin la evidencia requerida
submit-none = Ninguna.
submit-confirm = He revisado las respuestas y confirmo que, según mi leal saber y entender, son completas y correctas.
submit-button = Presentar la respuesta
submit-focal-only = Solo el punto focal del país puede presentar la respuesta.
submit-back = Volver al cuestionario

## Users and outbox
users-title = Usuarios
users-invite = Invitar a un usuario
users-invite-submit = Enviar la invitación
users-invited = Se ha creado la invitación. El enlace que figura a continuación se ha enviado por correo electrónico (o está en la bandeja de salida); solo puede utilizarse una vez.
users-list = Todos los usuarios
users-2fa = Dos factores
users-last-login = Último inicio de sesión
field-name = Nombre
field-role = Rol
field-country = País
field-country-help = Obligatorio para los puntos focales y los colaboradores.
field-observed = Países que observar
field-observed-help = Para los observadores: códigos ISO 3166-1 alpha-3 separados por comas.
outbox-title = Bandeja de salida
outbox-intro-smtp = Todos los mensajes que envía el sistema, con su estado de entrega.
outbox-intro-no-smtp = El correo electrónico no está configurado, por lo que los mensajes se guardan aquí. Reenvíe los enlaces a las personas interesadas.
outbox-empty = No hay mensajes.
outbox-sent = enviado
outbox-not-sent = no enviado
outbox-failed = error de envío

## Errors
error-not-found = Página no encontrada
error-not-found-text = Esta página no existe o usted no tiene acceso a ella.
error-unauthorized = Inicie sesión primero
error-unauthorized-text = Inicie sesión para continuar.
error-rate-limited = Demasiados intentos
error-rate-limited-text = Espere un minuto y vuelva a intentarlo.
error-cross-site = Solicitud rechazada
error-cross-site-text = La solicitud no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-internal = Se ha producido un error
error-internal-text = El error ha quedado registrado. Vuelva a intentarlo dentro de un momento; si el problema persiste, informe a la secretaría.
error-locked = Esta respuesta ya no se puede modificar
error-problem = Hay un problema
error-closed = Esta parte de la respuesta no está abierta a modificaciones

## Review and validation
status-returned = Devuelta para su modificación
nav-notifications = Notificaciones
nav-webhooks = Webhooks
nav-audit = Registro de auditoría
queue-title = Cola de revisión
queue-caption = { $count ->
    [one] Una respuesta
    [many] { $count } de respuestas
   *[other] { $count } respuestas
}
queue-all-review = Presentadas y fases posteriores
queue-reviewer = Revisor
queue-mine = Asignadas a mí
queue-unassigned = Sin revisor asignado
queue-due = Fecha límite
queue-overdue = Plazo vencido
queue-week = Vencen en los próximos 7 días
queue-deadline = Fecha límite
queue-submitted = Presentación
review-title = Revisión
review-round = Ronda
review-round-deadline = responder a más tardar el
review-country-view = Vista del país
review-actions = Respuesta
review-summary = Preguntas formuladas aún no aceptadas: { $blocking }. Preguntas mostradas: { $shown }.
review-validate = Marcar como validada
review-validate-blocked = Todas las preguntas formuladas deben estar aceptadas en su versión actual para poder validar la respuesta.
review-return = Devolver al país
review-return-deadline = Fecha límite de esta ronda
review-return-message = Mensaje para el país (opcional)
review-return-submit = Devolver y abrir una nueva ronda
review-reopen = Reabrir la respuesta validada
review-reopen-reason = Motivo (se conserva en el registro de auditoría)
review-reopen-submit = Reabrir
review-filter = Preguntas mostradas
review-show-all = Todas las preguntas
review-show-open = Aún no aceptadas
review-show-changed = Modificadas desde la última ronda
review-none-shown = Ninguna pregunta coincide con estos criterios.
review-accepted-tag = Aceptada
review-not-asked = No formulada
review-answer = Respuesta
review-history = Decisiones
review-outdated = la respuesta ha cambiado desde entonces
review-proposed = Valor propuesto
review-decision = Decisión de revisión
review-comment = Comentario para el país
review-comment-hint = Obligatorio para solicitar aclaraciones o para rechazar.
review-decide = Registrar la decisión
decision-accept = Aceptar
decision-clarify = Solicitar aclaraciones
decision-reject = Rechazar
diff-caption = Cambios desde la ronda
diff-field = Campo
diff-before = Antes
diff-after = Después
diff-value = Respuesta
diff-comment = Comentario
diff-evidence = Evidencia
thread-title = Conversación con el país
thread-empty = Todavía no hay mensajes.
thread-write = Escribir un mensaje
thread-send = Enviar el mensaje
notes-title = Notas de los revisores
notes-explained = Solo la secretaría ve estas notas; el país nunca tiene acceso a ellas.
notes-write = Escribir una nota
notes-send = Guardar la nota
needs-action = Requiere su intervención
round-title = Ronda de revisión
round-explained = Los revisores devolvieron la respuesta para otra ronda. Atienda sus consultas y cualquier pregunta aún abierta y, después, vuelva a presentarla. Solo las respuestas aceptadas quedan fijadas.
scores-title = Puntuaciones
scores-caption = Puntuaciones provisionales y oficiales
score-overall = Global
score-provisional = Puntuación provisional
score-official = Puntuación oficial
scores-explained = La puntuación provisional tiene en cuenta las respuestas actuales. La puntuación oficial solo tiene en cuenta las respuestas que los revisores han aceptado; las demás se consideran sin responder.
provenance-country = facilitada por el país
provenance-secretariat = redactada por la secretaría
provenance-carried-forward = trasladada
outcome-confirmed = confirmada por el país
outcome-corrected = corregida por el país
outcome-kept-by-policy = conservada según la regla aplicable a la fecha límite
outcome-dropped-by-policy = descartada según la regla aplicable a la fecha límite
outcome-unconfirmed = aún sin confirmar
prefilled-confirm = Confirmar esta respuesta tal como está
assign-title = Revisores
assign-none = No hay ningún revisor asignado: se notifica a todos los revisores.
assign-whole = Respuesta completa
assign-reviewer = Revisor
assign-pillar = Pilar
assign-add = Asignar
assign-remove = Quitar
desk-explained = El país no ha presentado su respuesta. La secretaría puede redactar respuestas a partir de fuentes públicas; después, el país las confirma o las corrige.
desk-draft = Redactar una respuesta a partir de fuentes públicas
desk-source = Fuente (obligatoria)
desk-save = Guardar el borrador
desk-send = Pedir al país que confirme los borradores
desk-policy-title = Investigación documental al vencer la fecha límite
desk-policy-explained = Qué ocurre con las respuestas redactadas que el país no haya confirmado ni corregido antes de la fecha límite. Al aplicar la regla, se registra el resultado de cada una de esas respuestas y se presentan para revisión las respuestas de los países correspondientes.
desk-policy-label = Regla
desk-policy-keep = Conservar el borrador como respuesta
desk-policy-drop = Descartar el borrador (sin responder)
desk-policy-save = Guardar la regla
desk-policy-apply = Aplicar la regla ahora
audit-title = Registro de auditoría
audit-caption = { $count ->
    [one] Una entrada, de la más reciente a la más antigua
    [many] { $count } de entradas, de la más reciente a la más antigua
   *[other] { $count } entradas, de la más reciente a la más antigua
}
audit-question = Pregunta
audit-user = Usuario (correo electrónico)
audit-action = Acción
audit-object = Objeto
audit-when = Fecha y hora
audit-reason = Motivo
audit-csv = Descargar en formato CSV
notifications-title = Notificaciones
notifications-none = No hay notificaciones.
notifications-new = Nuevas:
notifications-mark-read = Marcar todas como leídas
notify-status = { $country }: el estado de la respuesta es ahora «{ $status }»
notify-message = { $country }: nuevo mensaje sobre la pregunta { $question }
notify-drafts = { $country }: la secretaría ha redactado respuestas para que usted las confirme o corrija
notify-open = Abrir
webhooks-title = Webhooks
webhooks-explained = Cada cambio de estado de una respuesta se envía como JSON firmado a cada una de las direcciones que figuran a continuación. La cabecera X-Cyberindex-Signature contiene sha256= seguido del HMAC-SHA256 del cuerpo de la solicitud, calculado con el secreto de la dirección. Los envíos fallidos se reintentan con intervalos crecientes.
webhooks-secret-once = Secreto de firma, que se muestra una sola vez, para
webhooks-none = No hay webhooks.
webhooks-url = Dirección
webhooks-add = Añadir un webhook
webhooks-disable = Desactivar
webhooks-log = Envíos
webhooks-event = Evento
webhooks-attempts = Intentos
webhooks-outcome = Resultado
webhook-delivered = entregado el { $when }
webhook-retrying = nuevo intento el { $when } ({ $error })
webhook-failed = sin más intentos ({ $error })
scores-counted = respuestas contabilizadas

## Error messages
error-conflict-text = Otra persona ha modificado la respuesta.
error-locked-status = La respuesta tiene el estado «{ $status }» y ya no se puede modificar.
error-admins-only = Esta función está reservada a los administradores de la secretaría.
error-secretariat-only = Esta función está reservada a la secretaría.
error-audit-readers = El registro de auditoría está reservado a la secretaría y a los países.
error-dashboard-readers = El panel de control está reservado a la secretaría y a los observadores.
error-country-write = Solo el punto focal y los colaboradores del país pueden modificar sus respuestas.
error-submit-focal = Solo el punto focal del país puede presentar la respuesta.
error-review-secretariat = La revisión está reservada a la secretaría.
error-observers-read-only = Los observadores pueden leer las conversaciones, pero no escribir en ellas.
error-reopen-admin = Solo un administrador de la secretaría puede reabrir una respuesta validada.
error-notes-secretariat = Las notas de los revisores están reservadas a la secretaría.
error-totp-code-first = Introduzca primero su código de autenticación.
error-totp-enrol-first = Configure primero la autenticación de dos factores: su rol la requiere.
error-totp-required = Su rol requiere la autenticación de dos factores.
error-body-too-large = El cuerpo de la solicitud supera el límite de 1 MB.
error-json-invalid = El cuerpo de la solicitud no es válido: { $detail }
error-form-unreadable = No se ha podido leer el formulario: { $detail }
error-field-unknown = Campo «{ $field }» desconocido.
error-comment-too-long = El comentario supera los 10 000 caracteres.
error-message-too-long = El mensaje supera los 10 000 caracteres.
error-message-empty = El mensaje está vacío: escriba algo primero.
error-write-message = Escriba primero un mensaje.
error-value-option = «{ $value }» no es una opción de esta pregunta: use una de { $options }, o déjela vacía.
error-value-options = «{ $value }» contiene un valor que no es una opción de esta pregunta: elija entre { $options }.
error-value-number = «{ $value }» no es un número: use un punto para los decimales, por ejemplo 12 o 3.5.
error-value-below = { $value } es menor que { $min }, el valor más pequeño que acepta esta pregunta.
error-value-above = { $value } es mayor que { $max }, el valor más grande que acepta esta pregunta.
error-value-whole = { $value } no es un número entero: esta pregunta cuenta elementos.
error-value-url = «{ $value }» no es una dirección web: escriba una dirección http:// o https://.
error-value-date = «{ $value }» no es una fecha: escríbala con el formato YYYY-MM-DD, por ejemplo 2024-03-31.
error-value-list = Una lista de opciones solo puede contener identificadores de opción (cadenas de caracteres).
error-value-type = El valor debe ser un identificador de opción, una lista de identificadores de opción, un número, un texto o null.
error-version-number = La versión debe ser un número entero.
error-version-missing = Se requiere la versión con la que se cargó la respuesta.
error-upload-interrupted = La carga se ha interrumpido: { $detail }
error-file-too-large = El archivo supera el límite de { $size } MB.
error-file-empty = El archivo está vacío.
error-file-type = No se admite este tipo de archivo: cargue un PDF, un documento ofimático (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt), una imagen (PNG, JPEG, GIF, WebP) o un archivo de texto o CSV.
error-evidence-title = Asigne a la evidencia un título de entre 1 y 300 caracteres.
error-evidence-language = El idioma debe ser ar, zh, en, fr, ru, es u other.
error-evidence-field-unknown = Campo «{ $field }» desconocido: utilice title, url, file, language, issued_on o public.
error-date-format = Escriba la fecha con el formato YYYY-MM-DD.
error-link-or-file = Indique un enlace o un archivo, pero no ambos.
error-link-or-file-missing = Indique un enlace o elija un archivo.
error-link-scheme = El enlace debe ser una dirección http:// o https://.
error-token-name = Asigne al token un nombre de entre 1 y 80 caracteres.
error-email-invalid = «{ $email }» no es una dirección de correo electrónico.
error-role-unknown = Rol «{ $role }» desconocido: utilice admin, reviewer, focal-point, contributor, observer o team-staff.
error-country-unknown = «{ $country }» no es un código ISO 3166-1 alpha-3 de la lista maestra.
error-confirm-box = Marque la casilla de confirmación para presentar la respuesta.
error-framework-not-utf8 = El archivo de marco no es texto UTF-8.
error-not-accepted = Preguntas formuladas aún no aceptadas en su versión actual ({ $count }): { $questions }
error-deadline-not-date = La fecha límite «{ $deadline }» no es una fecha: escríbala con el formato YYYY-MM-DD.
error-deadline-passed = La fecha límite { $deadline } ya ha pasado: elija hoy ({ $today }) o una fecha posterior.
error-nothing-to-return = No hay ninguna pregunta que requiera algo del país: primero solicite aclaraciones sobre al menos una respuesta o rechace al menos una.
error-decision-unknown = Decisión «{ $decision }» desconocida: utilice accept, clarify o reject.
error-comment-required = Se requiere un comentario para solicitar aclaraciones o para rechazar.
error-proposed-only-reject = Solo se puede proponer un valor al rechazar.
error-reopen-reason = Indique el motivo de la reapertura: se conserva en el registro de auditoría.
error-draft-source = Indique en el comentario la fuente pública de la respuesta redactada.
error-no-drafts = No hay borradores sin confirmar que enviar.
error-choose-reviewer = Elija un revisor.
error-no-pillar = No existe el pilar «{ $pillar }» en esta edición.
error-desk-policy = Regla «{ $policy }» desconocida: utilice keep-draft o drop-draft.
error-webhook-url = «{ $url }» no es una dirección web: debe comenzar por https:// o http://.
edition-error-id = Identificador de la edición: utilice entre 1 y 40 letras minúsculas, dígitos y guiones, por ejemplo 2026.
edition-error-name = Nombre: asigne un nombre a la edición.
edition-error-date = { $field ->
    [opens] Fecha de apertura
   *[other] Fecha límite
}: escriba la fecha con el formato YYYY-MM-DD.
edition-error-deadline-order = Fecha límite: no puede ser anterior a la fecha de apertura.
edition-error-country = Países: «{ $country }» no es un código ISO 3166-1 alpha-3 de la lista maestra.
edition-error-framework-missing = Marco: elija uno de los marcos incluidos o cargue uno.
edition-error-framework = Marco: { $name } contiene errores ({ $count }); no se ha creado nada.
edition-error-carry-forward = Trasladar las respuestas: no existe la edición «{ $edition }».
store-unsupported-url = La URL de base de datos «{ $scheme }» no es compatible: utilice sqlite://RUTA o postgres://USUARIO@SERVIDOR/BASE.
store-in-memory = No se admite una base de datos en memoria: indique un archivo, por ejemplo sqlite://cyberindex.db.
store-role-needs-country = El rol «{ $role }» requiere un país.
store-role-has-no-country = El rol «{ $role }» no se asocia a ningún país.
store-duplicate-account = Ya existe una cuenta para { $email }.
store-duplicate-edition = La edición «{ $id }» ya existe.
store-question-closed = La pregunta { $question } no requiere ninguna acción en esta ronda de revisión: solo pueden modificarse las preguntas formuladas por los revisores.
store-comment-required = Se requiere un comentario para la decisión «{ $decision }».
store-already-confirmed = La respuesta a la pregunta { $question } ya está confirmada.
store-assign-role = Solo se puede asignar a revisores y administradores.
error-edition-invalid = La edición no se ha creado:
    { $detail }

## Publishing and the public results site
publish-title = Publicar
publish-intro = Al publicar, el marco, las respuestas validadas y sus puntuaciones quedan fijados en una versión numerada que cualquier persona puede consultar. Las correcciones se publican como una nueva versión con una nota de cambios; las versiones anteriores siguen pudiendo consultarse.
publish-validated = { $count ->
    [one] { $count } respuesta validada
   *[other] { $count } respuestas validadas
}
publish-licence = Licencia de los datos publicados
publish-change-note = Qué ha cambiado
publish-change-note-first = Opcional para la primera versión.
publish-change-note-required = Obligatorio: indique qué cambia esta corrección.
publish-submit = Publicar una nueva versión
publish-versions = Versiones publicadas
publish-none = Todavía no se ha publicado nada.
publish-published = Publicación
error-licence-required = Indique la licencia con la que se publican los datos.
error-publish-text-too-long = La licencia o la nota de cambios es demasiado larga.
error-change-note-required = Una corrección requiere una nota de cambios que indique qué ha cambiado.
error-nothing-to-publish = La edición { $edition } no tiene ninguna respuesta validada que publicar.
error-publish-unreadable = No se han podido volver a leer las respuestas validadas: { $detail }
public-nav-results = Resultados
public-edition-nav = Páginas de la edición
public-nav-overview = Resumen
public-nav-ranking = Clasificación
public-nav-compare = Comparar
public-nav-methodology = Metodología
public-nav-data = Datos abiertos
public-version-of = Versión { $version } de { $latest }
public-published-on = publicada el { $date }
public-older-version = Esta es una versión anterior de los resultados.
public-see-latest = Ver la versión más reciente.
public-change-note = Nota de cambios:
public-index-title = Resultados publicados
public-nothing-published = Todavía no se ha publicado ningún resultado.
public-version = versión { $version }
public-version-label = Versión
public-earlier-versions = Versiones anteriores:
public-count-countries = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
public-overview-title = Resumen
public-countries-published = Países evaluados
public-global-average = Promedio mundial
public-map-tier-title = Mapa por nivel
public-map-score-title = Mapa por puntuación
public-map-show-score = Mostrar el mapa por puntuación
public-map-show-tier = Mostrar el mapa por nivel
public-map-desc = Mapa del mundo; cada país evaluado es un enlace a su perfil. Los mismos datos figuran en la tabla situada debajo del mapa.
public-map-country = { $country }: { $score }, { $tier }
public-map-table = El mapa en forma de tabla
public-legend = Leyenda
public-legend-score = { $band } de la puntuación máxima
public-legend-none = Sin evaluar en esta edición
public-tier-distribution = Países por nivel
public-averages = Promedios
public-by-itu-region = Por región de la UIT
public-by-m49-region = Por región M49 de las Naciones Unidas
public-by-group = Por grupo
public-col-rank = Puesto
public-col-country = País
public-col-score = Puntuación
public-col-tier = Nivel
public-col-countries = Número de países
public-col-group = Grupo
public-col-average = Puntuación media
public-col-itu-region = Región de la UIT
public-col-m49-region = Región M49 de las Naciones Unidas
public-col-pillar = Pilar
public-col-region-average = Promedio regional
public-col-max = Máximo
public-col-indicator = Indicador
public-col-missing = Sin responder
public-col-edition = Edición
public-col-threshold = Puntuación mínima
public-col-item = Elemento
public-col-weight = Ponderación
public-col-scoring = Criterio de puntuación
public-col-file = Archivo
public-col-content = Contenido
public-ranking-title = Clasificación
public-ranking-caption = Países por puesto, con su puntuación global y sus puntuaciones por pilar
public-filter-region = Región de la UIT
public-filter-group = Grupo
public-filter-all = Todos
public-filter-apply = Filtrar
public-shown-countries = { $count ->
    [one] { $count } país mostrado
   *[other] { $count } países mostrados
}
public-shown-countries-js = Países mostrados: {"{"}count{"}"}
public-overall-score = Puntuación global
public-answered = Respondidas
public-missing-answers = { $count ->
    [one] { $count } sin responder
   *[other] { $count } sin responder
}
public-rank-of = { $rank } de { $count }
public-pillar-scores = Puntuaciones por pilar
public-pillar-chart = Puntuaciones por pilar: { $country }
public-radar-chart = { $country } frente a su región y al mundo, como porcentaje del máximo de cada pilar
public-pillar-table = Puntuaciones por pilar con los promedios regionales y mundiales
public-region-average = Promedio regional ({ $region })
public-world-average = Promedio mundial
public-areas = Fortalezas relativas y potencial de crecimiento
public-areas-hint = Indicadores en los que el porcentaje del máximo obtenido por el país más se aleja, por encima o por debajo, del promedio mundial (en más de 5 puntos).
public-strengths = Fortalezas relativas
public-growth = Potencial de crecimiento
public-none = Ningún indicador destaca.
public-recommendations = Recomendaciones
public-recommendations-hint = Medidas que no están (plenamente) implantadas, ordenadas según cuánto aumentaría la puntuación global si cada una se implantara por completo, sin cambiar nada más. Para cada una, hasta tres países que la tienen: primero de la misma región y después del nivel inmediatamente superior; primero los que publicaron documentación justificativa.
public-no-recommendations = Todas las medidas puntuadas están implantadas.
public-recommendation-points = Actualmente { $points } de { $max } puntos
public-recommendation-gain = Sumaría { $gain } puntos a la puntuación global
public-recommendation-measure = Pregunta correspondiente:
public-peers = Países de los que aprender:
public-peer-same-region = misma región
public-peer-next-tier = nivel siguiente
public-indicators = Puntuaciones por indicador
public-evidence = Evidencia pública
public-no-evidence = El país no ha hecho pública ninguna evidencia.
public-history = Evolución entre ediciones
public-compare-with = Comparar con otros países
public-compare-title = Comparar países
public-compare-submit = Comparar
public-compare-empty = Elija países arriba para compararlos.
public-compare-caption = Los países elegidos, uno junto a otro
public-methodology-title = Metodología
public-framework = Marco
public-out-of = sobre { $max }
public-missing-policy = Respuestas faltantes
public-missing-zero = Una pregunta formulada que no se ha respondido obtiene 0 puntos y se señala como faltante.
public-missing-exclude = Una pregunta formulada que no se ha respondido queda excluida del cálculo y se señala como faltante.
public-rounding = Redondeo
public-rounding-text = Los niveles y los puestos se basan en la puntuación global redondeada a la precisión mostrada; los países con la misma puntuación redondeada comparten puesto.
public-tiers = Niveles
public-structure = Pilares, indicadores y preguntas
public-rule-weighted-sum = suma ponderada de los puntos, escalada al máximo
public-rule-weighted-mean = media ponderada de los porcentajes obtenidos por los componentes, escalada al máximo
public-rule-maturity-gated = niveles de madurez: un nivel se contabiliza cuando todos los componentes hasta ese nivel alcanzan el { $share } %
public-rule-goalposts = lineal de { $low } (ningún punto) a { $high } (todos los puntos)
public-not-scored = sin puntuación
public-data-title = Datos abiertos
public-data-intro = Todos los archivos contienen las mismas cifras publicadas e indican la edición, la versión del marco, la versión de la publicación, la licencia y la convención para los valores faltantes.
public-licence = Licencia
public-missing-heading = Valores faltantes
public-missing-values = Un valor inexistente es null en JSON y Parquet y una celda vacía en CSV y XLSX. Nunca se escribe como 0.
public-reproduce = Reproducir las puntuaciones
public-reproduce-text = Las respuestas y el marco publicados dan las mismas puntuaciones con la línea de comandos de cyberindex:
data-file-json = El documento de resultados: puntuaciones globales, por nodo y por pregunta de cada país (esquema cyberindex/results/1).
data-file-scores-csv = Una fila por país y una columna por pilar, indicador y subindicador.
data-file-questions-csv = Una fila por país y pregunta: valor, puntos y contribución.
data-file-xlsx = Un libro con una hoja de metadatos y una hoja por nivel jerárquico.
data-file-scores-parquet = Puntuaciones por país y nivel jerárquico, en formato Parquet.
data-file-questions-parquet = Puntuaciones por país y pregunta, en formato Parquet.
data-file-answers = Las respuestas validadas, con la estructura del archivo de respuestas.
data-file-framework = El archivo de marco con el que se calcularon las puntuaciones.
data-file-schema = El JSON Schema de results.json.
region-africa = África
region-americas = Américas
region-arab-states = Estados Árabes
region-asia-pacific = Asia-Pacífico
region-cis = CEI
region-europe = Europa
region-asia = Asia
region-oceania = Oceanía
region-ldc = Países menos adelantados (PMA)
region-sids = Pequeños Estados insulares en desarrollo (PEID)
region-lldc = Países en desarrollo sin litoral (PDSL)

## Robustness (methodology lab)
public-nav-robustness = Robustez
robustness-title = Robustez
robustness-intro = En qué medida los puestos y los niveles dependen de los supuestos metodológicos en los que se basan: cada uno de los supuestos que figuran a continuación se ha variado en miles de recálculos del índice a partir de las mismas respuestas.
robustness-secretariat-intro = Antes de publicar: grado de robustez de los puestos y los niveles de las respuestas validadas frente a los supuestos de la especificación de incertidumbre del marco, y coherencia estadística de las respuestas.
robustness-too-few = Se necesitan al menos dos respuestas validadas.
robustness-failed = No se ha podido calcular el análisis de robustez:
robustness-verdict = El { $share } % de los países se sitúa a 3 puestos o menos de su puesto mediano; en promedio, el puesto de un país se desplaza { $shift } posiciones.
robustness-settings = { $runs } simulaciones de Monte Carlo; sensibilidad calculada a partir de { $samples } muestras base; semilla aleatoria { $seed }.
robustness-assumptions = Supuestos que se han variado
robustness-intervals-title = Intervalos de puesto
robustness-intervals-hint = Para cada país, la línea abarca las posiciones que obtuvo en el 90 % de los recálculos (percentiles 5 a 95); el círculo es la posición mediana y el rombo la publicada. La posición 1 está a la izquierda.
robustness-table = Los intervalos de puesto y las probabilidades de cada nivel en forma de tabla
robustness-col-nominal = Puesto publicado
robustness-col-median = Puesto mediano
robustness-col-interval = Percentiles 5–95
robustness-sensitivity-title = Sensibilidad de los puestos a cada supuesto
robustness-sensitivity-hint = Qué parte de los cambios de posición explica cada supuesto: por sí solo y junto con los demás supuestos con los que interactúa (0 = ninguna, 1 = toda), con intervalos del 95 %.
robustness-first-order = Efecto propio
robustness-total = Efecto con interacciones
robustness-col-assumption = Supuesto
robustness-col-converged = Convergencia
robustness-yes = sí
robustness-wide = intervalo amplio
robustness-not-converged = Algunos intervalos son amplios: con más muestras se estrecharían.
robustness-no-sensitivity = No se ha realizado ningún análisis de sensibilidad.
robustness-checks = Coherencia estadística
robustness-availability = Disponibilidad de los datos
robustness-availability-ok = Todas las preguntas y todos los países tienen al menos el 65 % de sus valores.
robustness-low-questions = Preguntas respondidas por menos del 65 % de los países:
robustness-low-countries = Países que han respondido a menos del 65 % de las preguntas:
robustness-skew = Preguntas con distribución asimétrica (|asimetría| > 2 y curtosis > 3,5)
robustness-collinear = Componentes colineales (r > 0,92)
robustness-consistency = Consistencia interna
robustness-col-level = Nivel jerárquico
robustness-col-children = Componentes
robustness-col-alpha = Alfa de Cronbach
robustness-col-pc1 = Primer componente principal (% de la varianza)
robustness-effects = Efectos principales sobre el índice junto a las ponderaciones nominales
robustness-col-weight-share = Ponderación (% de los pilares)
robustness-col-effect-share = Efecto principal (% de los pilares)
robustness-col-r2 = r² con el índice

# Hardening: archived editions, outbox, webhooks (issue 11, store and server limits)
error-locked-archived = La edición { $edition } está archivada y ya no se puede modificar.
error-webhook-destination = No se pueden enviar webhooks a { $host }: es una dirección de bucle local, privada, de enlace local o de metadatos de la nube. Un administrador puede permitirla con la clave de configuración webhook_allowed_hosts.
outbox-links-removed = Los enlaces de un solo uso (invitaciones y restablecimientos de contraseña) nunca se guardan aquí. Un enlace de invitación se muestra una sola vez, al administrador que lo crea; un enlace de restablecimiento llega a su titular solo por correo electrónico.

# Hardening: sign-in, second factor and account changes (issue 11)
reset-done-tokens-revoked = Su nueva contraseña ha quedado establecida. Por seguridad, se cerraron todas las demás sesiones y se revocaron todos los tokens de API de su cuenta: cree otros nuevos en la página de su cuenta si sus scripts los necesitan.
totp-session-ended = Demasiados códigos incorrectos: este inicio de sesión ha terminado. Vuelva a introducir su contraseña y después el código que muestra su aplicación.
error-session-only = Este cambio solo puede hacerse desde una sesión iniciada en un navegador, no con un token de API.
account-password-wrong = Esa no es su contraseña actual. Introdúzcala de nuevo para confirmar este cambio.
field-current-password = Su contraseña actual
account-password-title = Contraseña
account-password-intro = Al cambiar la contraseña se cierran sus demás sesiones y se anula cualquier enlace de restablecimiento o de invitación que se le haya enviado. Sus tokens de API siguen funcionando.
account-password-submit = Cambiar la contraseña

# Evidencias, cargas y guardado de respuestas (seguridad: datos)
error-value-too-long = Esta respuesta es demasiado larga: { $length } caracteres, y esta pregunta admite como máximo { $max }. Acórtela o adjunte el texto completo como evidencia.
error-file-markup = Se rechaza este archivo: parece un documento o una imagen, pero contiene marcado de página web (HTML, SVG o script) en su primer kilobyte. Vuelva a guardarlo desde el programa que lo creó o cárguelo como PDF.
error-evidence-one-file = Envíe un solo archivo por evidencia: este formulario contenía más de uno.

# Store errors and autosave retries (issue 12)
error-unavailable-text = La base de datos no responde en este momento, así que no se ha guardado nada. Vuelva a intentarlo en un momento.
error-corrupt-text = No se pudieron leer datos almacenados. No se ha modificado nada; los administradores encontrarán los detalles en el registro del servidor.
autosave-retrying = Aún no se ha guardado: el servidor no pudo almacenar su respuesta. Se conserva en este dispositivo y se volverá a guardar en breve.

## PostgreSQL backend (issue 12)
store-password-file = No se puede leer el archivo de la contraseña de la base de datos { $path } (indicado por CYBERINDEX_DB_PASSWORD_FILE): { $error }. Compruebe que el archivo existe y que la cuenta que ejecuta cyberindex puede leerlo.

## db copy (issue 12)
db-copy-target-not-empty = La base de datos de destino no está vacía: su tabla { $table } contiene { $rows } filas. db copy solo escribe en una base de datos vacía: cree una nueva (un archivo SQLite nuevo, o CREATE DATABASE en PostgreSQL) y copie en ella. No se escribió nada.
db-copy-unknown-table = La base de datos tiene una tabla, { $table }, que db copy no conoce, por lo que no puede copiar la instalación completa. No se escribió nada. Probablemente la creó una versión más reciente de cyberindex: ejecute db copy con esa versión.
db-copy-columns = La tabla { $table } tiene las columnas { $found }, pero db copy conoce las columnas { $expected }, por lo que no puede copiar la instalación completa. No se escribió nada.

# ops: request ids
error-reference = Referencia para el soporte: { $id }. Cítela si se pone en contacto con la secretaría por este problema.

# admin safety (issue 14 item 8)
users-state = Estado
users-state-active = Activo
users-state-invited = Invitado, aún no ha aceptado
users-state-deactivated = Desactivado
users-back = Todos los usuarios
users-edit-title = Usuario { $email }
users-edit-access = Función y países
users-edit-save = Guardar los cambios
users-edit-saved = Cambios guardados. Se aplican de inmediato, también a las sesiones abiertas del usuario.
users-reinvite-heading = Invitación
users-reinvite-help = Un nuevo enlace de invitación funciona una sola vez; cualquier enlace anterior deja de funcionar de inmediato.
users-reinvite = Enviar una nueva invitación
users-reinvited = Nueva invitación creada. El enlace de abajo se envió por correo electrónico (o está en la bandeja de salida); el enlace anterior ya no funciona.
users-deactivate-heading = Acceso
users-deactivate-help = La desactivación pone fin de inmediato a las sesiones y a los tokens de API del usuario. Se conservan sus respuestas, decisiones y entradas del registro de auditoría.
users-deactivate = Desactivar a este usuario
users-deactivated = Usuario desactivado: sus sesiones y tokens de API han terminado.
users-reactivate-help = Este usuario está desactivado. Reactivarlo le permite volver a iniciar sesión; sus sesiones y tokens anteriores siguen revocados.
users-reactivate = Reactivar a este usuario
users-reactivated = Usuario reactivado. Puede volver a iniciar sesión o pedir que se restablezca su contraseña.
users-error-last-admin = No quedaría ningún administrador activo: primero nombre administrador a otro usuario.
users-error-inactive = La cuenta está desactivada: reactívela primero.
editions-unarchive = Desarchivar
archive-confirm-title = ¿Archivar { $edition }?
archive-confirm-text = Una edición archivada queda cerrada: ninguna respuesta, evidencia, decisión o mensaje puede cambiar ya, y los países solo pueden consultarla. Sus publicaciones siguen en línea. Podrá desarchivarla más tarde.
archive-confirm-submit = Archivar { $edition }
archive-cancel = Cancelar y volver a las ediciones
publish-preview = Vista previa de los resultados que se publicarán
publish-preview-first = Esta será la primera versión publicada. Todos los países de abajo son nuevos.
publish-preview-compared = Comparación con la versión publicada { $version }: { $count } cambio(s), en negrita.
publish-preview-change = Cambio respecto de la versión anterior
publish-preview-new = Nuevo en esta versión
publish-preview-same = Sin cambios
publish-preview-moved = Puntuación { $from_score } → { $to_score }, posición { $from_rank } → { $to_rank }
publish-preview-removed = Países retirados de esta versión
publish-confirm = Confirmar y publicar estos resultados

# review at scale and honest rounds (issue 14)
round-message = Mensaje de los revisores
round-asked = Preguntas sobre las que consultan los revisores: { $count }
round-open = Preguntas sin decisión o aún sin responder, que todavía puede modificar: { $count }
round-frozen = Respuestas aceptadas, que se mantienen tal como están: { $count }
round-asked-title = Preguntas sobre las que consultan los revisores
notify-reviewers-wrote = Los revisores escribieron:
sendback-preview = Si devuelve la respuesta, el país podrá modificar:
sendback-asked = las preguntas sobre las que usted consulta: { $count }
sendback-undecided = las preguntas respondidas sin decisión: { $count }
sendback-unanswered = las preguntas aún sin responder: { $count }
sendback-frozen = Las respuestas aceptadas quedan fijadas: { $count }.
sendback-warn-undecided = { $count } preguntas aún no tienen decisión. El país puede modificarlas y usted las revisará en la siguiente ronda.
review-guidance = Orientación
review-evidence-expected = Evidencia esperada
review-undecided-tag = Aún sin decisión
review-show-undecided = Sin decisión
review-show-missing = Falta evidencia
review-show-thread = Con conversación
review-bulk-title = Aceptar en bloque
review-bulk-explained = Cada respuesta aceptada en bloque tiene su propia entrada en el registro de auditoría.
review-bulk-evidenced = Aceptar las preguntas respondidas que tienen su evidencia ({ $count })
review-bulk-unchanged = Aceptar las respuestas sin cambios desde su última aceptación ({ $count })
review-bulk-pillar = Aceptar las preguntas respondidas de este pilar que tienen su evidencia ({ $count })
review-bulk-done = Respuestas aceptadas: { $count }.
review-bulk-none = Aquí no queda nada por aceptar en bloque.
review-bulk-unknown = Decisión en bloque desconocida «{ $kind }»: elija «evidenced» o «unchanged».
review-keys-title = Atajos de teclado
review-keys = a: aceptar · c: solicitar aclaración · r: rechazar · j: pregunta siguiente · k: pregunta anterior
review-saving = Guardando…
review-saved = Decisión guardada: { $decision }
review-save-failed = La decisión no se guardó. Compruebe su conexión e inténtelo de nuevo.
review-proposed-none = Ningún valor propuesto
review-next = Pregunta siguiente
queue-open = Preguntas abiertas
queue-waiting = en espera desde hace
queue-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
nav-unread = sin leer
submit-done-title = Su respuesta se ha presentado
submit-done-next = Qué sucede ahora: la secretaría revisa cada respuesta con su evidencia. Recibirá un aviso por correo electrónico y en Notificaciones si un revisor consulta sobre una pregunta o le devuelve la respuesta; entonces podrá revisar lo que se le pida. Hasta entonces la respuesta es de solo lectura, y puede seguir su estado en esta página.
index-title = Preguntas
index-next-unanswered = Siguiente pregunta sin responder
index-next-missing = Siguiente pregunta sin evidencia
index-show-all = Mostrar todo el cuestionario
index-filter = Mostrar
index-filter-all = Todas las preguntas
index-filter-unanswered = Sin responder
index-filter-missing = Falta evidencia
index-filter-thread = Con conversación
index-open-pillar = Abrir este pilar
index-pages = Pilares
index-previous = Anterior
index-next = Siguiente
index-done = respondida
index-todo = sin responder
index-missing = falta evidencia
index-action = los revisores consultan sobre ella
autosave-saved-at = Guardado a las { $time }
autosave-saved-one = Guardado.
evidence-preview = Vista previa
opens-new-tab = (se abre en una pestaña nueva)
page-saved = { $count ->
    [0] Todas las respuestas de esta página están guardadas; ninguna había cambiado.
    [one] Guardado: cambió una respuesta.
   *[other] Guardado: cambiaron { $count } respuestas.
}
page-save-conflict = { $changed } Su respuesta se conserva aquí tal como la escribió: guarde de nuevo para reemplazar el otro cambio por el suyo.
page-save-refused = No se guardó nada. Corrija las respuestas siguientes y guarde de nuevo:
page-save-partly = Las demás respuestas se guardaron, pero estas no:
review-tab-undecided = sin decisión: { $count }

# country search
public-search-label = Buscar un país
public-search-button = Buscar
public-search-title = Países
public-search-hint = Un nombre en cualquiera de los seis idiomas oficiales de la ONU, o un código ISO como KE o KEN.
public-search-options = Países que coinciden
public-search-none = Ningún país de esta edición coincide con «{ $query }».
public-search-count = { $count ->
    [one] Un país coincide con «{ $query }».
   *[other] { $count } países coinciden con «{ $query }».
}
public-search-all = { $count ->
    [one] El único país de esta edición.
   *[other] Los { $count } países de esta edición, por nombre.
}
public-search-none-js = Ningún país coincide.
public-search-count-js = Países que coinciden: {"{"}count{"}"}. Use las flechas para elegir uno.
public-map-skip = Saltar el mapa
public-map-keys = En el mapa, Tab entra en un país; las flechas llevan al país más cercano en esa dirección y Entrar abre su perfil. Todos los países figuran también en la tabla bajo el mapa.
public-compare-chosen = Países comparados:
public-compare-remove = Quitar { $country }
public-compare-add = Añadir un país (hasta { $count })
public-compare-add-button = Añadir
public-compare-pick = Elija uno:
public-compare-full = Se pueden comparar como máximo { $count } países; quite uno primero.
public-compare-unknown = Se omiten porque no son países de esta edición: { $codes }.
public-compare-chart = Puntuaciones por pilar, una junto a otra
public-compare-indicators = Todos los pilares e indicadores
public-compare-diff-hint = Tras cada puntuación: la diferencia con { $country } (+ mayor, − menor, = igual).
public-compare-share = La dirección de esta página indica los países comparados: cópiela para compartir esta comparación.
home-latest = Últimos resultados:
home-open-results = Abrir todos los resultados: mapa, clasificación, perfiles y datos
home-map-keys = En el mapa, Tab entra en un país; las flechas llevan al país más cercano en esa dirección y Entrar abre su perfil.
public-certainty-heading = ¿Qué tan seguros son esta posición y este nivel?
public-certainty-rank = Posición { $rank }. Al variar los supuestos del índice (ponderaciones, tratamiento de las respuestas que faltan, forma de agregar), la posición queda entre { $low } y { $high } en el 90 % de los recálculos.
public-certainty-rank-fixed = Posición { $rank }, y la misma posición en el 90 % de los recálculos del índice con otros supuestos (ponderaciones, respuestas que faltan, agregación).
public-certainty-tiers = Probabilidad de cada nivel en los recálculos: { $tiers }.
public-certainty-more = Cómo varían las posiciones de los países cercanos
robustness-near = Países cercanos en la clasificación a
robustness-show = Mostrar
robustness-show-near = Mostrar solo los países cercanos al elegido
robustness-show-all = Mostrar los { $count } países
robustness-level-question = Pregunta
robustness-level-sub-indicator = Subindicador
robustness-level-indicator = Indicador
robustness-level-pillar = Pilar
robustness-level-index = Global
robustness-plain-weights = Ponderaciones ({ $level }), cada una hasta un { $noise } % mayor o menor
robustness-plain-aggregation = Forma de agregar las puntuaciones (nivel: { $level }): { $options }
robustness-plain-normalisation = Cuánto cuenta una pregunta cumplida en parte ({ $count } formas)
robustness-plain-imputation = Preguntas sin respuesta: { $options }
robustness-plain-exclude = Se omite una de { $count } preguntas, o ninguna
robustness-plain-tiers = Umbrales de nivel publicados, u otros { $count } conjuntos
robustness-agg-arithmetic = suma
robustness-agg-geometric = media geométrica (premia el equilibrio)
robustness-agg-harmonic = media armónica
robustness-agg-power = media de potencia
robustness-imp-none = se omiten
robustness-imp-zero = cuentan 0
robustness-imp-mean = la media de todos los países
robustness-imp-median = la mediana de todos los países
robustness-imp-group-mean = la media de la región del país
robustness-imp-group-median = la mediana de la región del país
# edition names per language
edition-names-legend = Nombre en otros idiomas
edition-names-help = Opcional. Las páginas de resultados muestran el nombre en el idioma del lector y, en los idiomas que no lo tengan, el nombre indicado arriba.
edition-field-name-in = { $lang ->
    [ar] Nombre en árabe
    [zh] Nombre en chino
    [en] Nombre en inglés
    [fr] Nombre en francés
    [ru] Nombre en ruso
    [es] Nombre en español
   *[other] Nombre en { $lang }
}
edition-error-name-long = Nombre: use como máximo 200 caracteres.
edition-error-name-language = Nombres: «{ $lang }» no es un código de idioma; use ar, zh, en, fr, ru o es.
edition-error-name-in-long = { $lang ->
    [ar] Nombre en árabe
    [zh] Nombre en chino
    [en] Nombre en inglés
    [fr] Nombre en francés
    [ru] Nombre en ruso
    [es] Nombre en español
   *[other] Nombre en { $lang }
}: use como máximo 200 caracteres.
edition-error-name-in-control = { $lang ->
    [ar] Nombre en árabe
    [zh] Nombre en chino
    [en] Nombre en inglés
    [fr] Nombre en francés
    [ru] Nombre en ruso
    [es] Nombre en español
   *[other] Nombre en { $lang }
}: elimine los saltos de línea, las tabulaciones y los demás caracteres de control.
chart-download = Descargar:
chart-link = Enlace a este gráfico
chart-embed = Insertar
chart-embed-label = Código para mostrar este gráfico en otro sitio:
chart-data = Los datos (CSV)

# profile PDF
report-profile-download = Descargar este perfil en PDF
report-profile-title = { $country }: perfil del país
report-method-heading = Cómo se elabora el índice
report-method-note = Las puntuaciones proceden de las respuestas que dio el país y que validó la secretaría; solo cuentan las respuestas aceptadas. La puntuación de cada pilar combina sus indicadores con las ponderaciones y reglas del marco, y la puntuación global combina los pilares. Los niveles siguen la puntuación global redondeada a la precisión del marco; los países con la misma puntuación comparten puesto. Las fortalezas y las áreas de crecimiento potencial comparan la proporción del máximo que el país alcanza en cada indicador con el promedio mundial. La ganancia de una recomendación es lo que ganaría la puntuación global si esa sola medida estuviera plenamente en vigor, sin cambiar nada más. El método completo, las ponderaciones y los datos abiertos están en las páginas de metodología y de datos de la edición.
report-source = { $edition }, versión { $version }, publicada el { $date }. Licencia: { $licence }
report-missing-glyphs = Caracteres que ninguna fuente de este informe contiene (se muestran como recuadros arriba):
report-edition-title = { $edition }: el informe
report-edition-download = Toda la edición en un informe PDF
report-pdf-heading = Informes en PDF
report-pdf-intro = El informe de la edición contiene un resumen, el mapa, los países de cada nivel, los promedios regionales, anexos sobre el método y sobre la solidez, y el perfil de cada país. El perfil de cada país también está en su página.
report-summary = Resumen
report-summary-text = En esta edición se puntuaron { $count } países y se clasificaron { $ranked }. El promedio mundial de la puntuación global es { $average } sobre { $max }; { $top } países alcanzaron el nivel «{ $tier }».
report-tier-tables = Países por nivel
report-annex-method = Anexo: método
report-annex-robustness = Anexo: fiabilidad de los puestos
report-col-likely-tier = Nivel más probable (probabilidad)
report-profiles = Perfiles de los países

# CIRT directory (issue 16)
nav-directory = Directorio
store-duplicate-team = Ya existe un equipo con el identificador «{ $id }».
store-team-stale = Otra persona cambió esta ficha después de que usted la leyera (ahora está en la versión { $version }). Vuelva a leerla y haga de nuevo su cambio.
directory-error-record = La ficha del equipo no se guardó; corrija estos campos: { $problems }
directory-error-id-mismatch = El identificador de la ficha debe ser el de la dirección, { $id }.
directory-title = Directorio de CIRT
directory-intro = Los equipos de respuesta a incidentes por país: quiénes son y cómo contactarlos, también en una emergencia. Usted ve los campos públicos; los miembros del directorio ven más tras iniciar sesión. Cada ficha la mantienen su equipo y la secretaría.
directory-search = Nombre del equipo
directory-count = { $count ->
    [one] { $count } equipo
   *[other] { $count } equipos
}
directory-files = Archivos generados a partir de esta ficha:
directory-staleness = Índice de desactualización: { $score } de 100
directory-staleness-hint = 0 significa al día y 100 desactualizada. Los límites son los de la configuración del servidor.
directory-record = La ficha
directory-col-field = Campo
directory-col-value = Valor
directory-col-visibility = Quién puede verlo
directory-contacts = Personas de contacto
directory-field-official-name = Nombre oficial
directory-field-short-name = Nombre corto
directory-field-country = País
directory-field-host = Organización anfitriona
directory-field-type = Tipo de equipo
directory-field-established = Creación
directory-field-language = Idioma
directory-field-hours = Horario de servicio
directory-field-website = Sitio web
directory-field-channel = Canal
directory-field-key = Clave OpenPGP
directory-field-asn = Sistema autónomo
directory-field-prefix = Prefijo IP
directory-field-domain = Dominio
directory-field-sector = Sector atendido
directory-field-membership = Afiliación
directory-key-expires = caduca el { $date }
directory-key-no-expiry = sin fecha de caducidad
directory-type-national = CIRT nacional
directory-type-government = CIRT gubernamental
directory-type-sector = CIRT sectorial ({ $sector })
directory-type-sector-any = CIRT sectorial
directory-type-academic = CIRT académico o de red de investigación
directory-type-psirt = Equipo de seguridad de productos (PSIRT)
directory-type-commercial = CIRT comercial
directory-usage-contact = contacto
directory-usage-emergency = Emergencia
directory-usage-abuse = denuncias de abuso
directory-usage-reports = notificación de incidentes
directory-channel-email = Correo electrónico
directory-channel-phone = Teléfono
directory-channel-fax = Fax
directory-channel-url = Dirección web
directory-status-listed = registrado
directory-status-accredited = acreditado
directory-status-certified = certificado
directory-status-member = miembro
directory-status-applicant = solicitante
directory-status-former = antiguo miembro
directory-contact-technical = técnico
directory-contact-policy = de políticas
directory-contact-diplomatic = diplomático
directory-visibility-public = público
directory-visibility-members = miembros del directorio
directory-visibility-restricted = restringido (TLP:AMBER)
directory-source-manual = introducido a mano
directory-source-csv = importado de una hoja de cálculo
directory-source-first = importado de FIRST
directory-source-ti = importado de Trusted Introducer
directory-source-rfc2350 = leído del RFC 2350
directory-source-security-txt = leído de security.txt
directory-download = Todo el directorio tal como usted puede verlo:

# Reachability checks of the directory
check-mail-subject = Comprobación de contacto: { $team }
check-mail-intro = Esta es una comprobación de contacto de { $team } desde el directorio de CIRT de { $site }.
check-mail-action = Abra este enlace y pulse el botón para confirmar que esta dirección llega al equipo:
check-mail-window = El enlace funciona una sola vez. Responda en un plazo de { $hours } horas.
check-mail-wrong-person = Si este mensaje llegó a la persona equivocada, reenvíelo al equipo o ignórelo.
check-error-scope = Comprobación: «{ $scope }» no es un equipo, un país ni una región del directorio.
check-error-window = Plazo de respuesta: escriba un número entero de horas de 1 a { $max }.
check-error-repeat = Repetición: escriba un número entero de días de 1 a { $max }, o déjelo vacío.
check-error-when = Inicio: elija un momento entre ahora y dentro de { $days } días.
check-error-no-channel = Comprobación: ningún equipo de «{ $scope }» tiene una dirección de correo electrónico ni un teléfono.
check-error-link-closed = Este enlace de comprobación está cerrado: los enlaces siguen abiertos { $days } días tras el envío. La secretaría puede enviar una nueva comprobación.
check-error-due = Inicio: «{ $value }» no es una fecha y hora; escríbala como AAAA-MM-DDTHH:MM en UTC, o déjelo vacío para enviar ahora.
store-check-started = Esta comprobación ya se envió: sus resultados se conservan y ya no puede modificarse.
check-outcome-acknowledged = confirmado
check-outcome-late = confirmado con retraso
check-outcome-pending = esperando respuesta
check-outcome-no-reply = sin respuesta
check-outcome-bounced = no entregado
check-latency-days = { $days } d { $hours } h
check-latency-hours = { $hours } h { $minutes } min
check-latency-minutes = { $minutes } min
check-scope = A quién comprobar
check-scope-all = todos los equipos
check-scope-region = los equipos de una región
check-scope-country = los equipos de un país
check-scope-team = un equipo
check-title = Comprobaciones de contacto
check-explained = Una comprobación escribe a cada dirección de correo de los equipos elegidos. Cada mensaje lleva un enlace de un solo uso; el equipo lo abre y pulsa un botón, y el directorio registra cuándo. Cada teléfono da lugar a una llamada que la secretaría hace y anota aquí. Las respuestas fuera de plazo cuentan como tardías.
check-no-smtp = No hay servidor de correo configurado: los mensajes esperan en la bandeja de salida y nadie puede responderlos hasta que lo haya.
check-new = Nueva comprobación
check-window = Plazo de respuesta (horas)
check-due = Inicio (UTC)
check-due-hint = Déjelo vacío para enviar ahora.
check-repeat = Repetir cada (días)
check-repeat-hint = Déjelo vacío para una sola comprobación.
check-start = Programar la comprobación
check-list = Comprobaciones
check-download = Descargar los resultados (CSV)
check-none = Todavía no hay comprobaciones.
check-heading = Comprobación { $id }
check-state-started = enviada el { $when }
check-state-scheduled = prevista para el
check-repeats = se repite cada { $days } días
check-median = tiempo de respuesta mediano { $latency }
check-cancel = Cancelar esta comprobación
check-window-of = plazo de respuesta { $hours } h
check-col-team = Equipo
check-col-address = Dirección
check-col-sent = Envío
check-col-outcome = Resultado
check-col-latency = Tiempo de respuesta
check-ack-title = Confirme que este mensaje llegó a su equipo
check-ack-intro = El directorio de CIRT comprueba que se puede contactar con { $team } en { $address } (mensaje enviado el { $sent }).
check-ack-button = Confirmar la recepción
check-ack-recorded = Gracias: confirmado { $latency } después del envío. Puede cerrar esta página.
check-ack-already = Este mensaje ya se confirmó, { $latency } después de su envío. No hace falta nada más.
check-history = Comprobaciones de contacto
check-never = Este equipo aún no se ha comprobado.
directory-by-staleness = Todos los equipos, los más desactualizados primero
directory-sort = Orden
directory-sort-country = por país
directory-col-staleness = Desactualización

# Directory imports
directory-import-title = Importar equipos
directory-import-link = Importar equipos desde un archivo
directory-import-saved = { $count ->
    [one] Guardado: { $count } equipo.
   *[other] Guardado: { $count } equipos.
}
directory-import-errors = { $count ->
    [one] El archivo tiene { $count } problema
   *[other] El archivo tiene { $count } problemas
}
directory-import-nothing-saved = No se guardó nada. Corrija el archivo y vuelva a leerlo.
directory-import-preview = Lo que cambiaría la importación
directory-import-summary = { $file }: { $changes } equipo(s) por guardar, { $unchanged } sin cambios. No se guarda nada hasta que lo confirme.
directory-import-notes = { $count ->
    [one] { $count } nota sobre lo que el archivo contiene y el registro no puede guardar
   *[other] { $count } notas sobre lo que el archivo contiene y el registro no puede guardar
}
directory-import-changed-team = modificado
directory-import-new-team = equipo nuevo
directory-import-before = Ahora
directory-import-after = Tras la importación
directory-import-confirm = { $count ->
    [one] Guardar { $count } equipo
   *[other] Guardar { $count } equipos
}
directory-import-upload = Leer un archivo
directory-import-explained = Una hoja de cálculo (la plantilla de abajo, CSV o XLSX), registros exportados de este directorio (JSON), el JSON de FIRST o de Trusted Introducer, o el texto RFC 2350 o el security.txt de un equipo. Lo que el archivo no contiene se conserva; las personas de contacto nunca cambian con una importación.
directory-import-template = La plantilla, con una fila de ejemplo que debe borrar:
directory-import-file = Archivo
directory-import-layout = Tipo de archivo
directory-import-layout-auto = deducido del nombre del archivo (.csv, .xlsx, security.txt, rfc2350)
directory-import-layout-csv = plantilla de hoja de cálculo, CSV
directory-import-layout-xlsx = plantilla de hoja de cálculo, XLSX
directory-import-layout-records = registros exportados de este directorio (JSON)
directory-import-layout-first = directorio de equipos de FIRST (JSON)
directory-import-layout-ti = lista de equipos de Trusted Introducer (JSON)
directory-import-layout-rfc2350 = texto RFC 2350 de un equipo
directory-import-layout-security-txt = security.txt de un equipo
directory-import-team = Equipo (para un RFC 2350 o un security.txt)
directory-import-team-hint = El identificador del equipo, por ejemplo ke-cirt. Un RFC 2350 puede describir un equipo nuevo; un security.txt completa un equipo ya inscrito.
directory-import-read = Leer el archivo y previsualizar
directory-import-choose-layout = Tipo de archivo: elíjalo; el nombre del archivo no lo indica.
directory-import-no-file = Archivo: elija un archivo para leer.
directory-import-choose-team = Equipo: un RFC 2350 o un security.txt describe un solo equipo; escriba su identificador.
directory-import-changed = El directorio o el archivo cambió desde la previsualización: no se guardó nada. Vuelva a leer el archivo para ver los cambios tal como están ahora.

# Signing an RFC 2350
directory-sign-title = Firmar el RFC 2350
directory-sign-explained = Pegue la clave secreta OpenPGP del equipo (en ASCII blindado) y su frase de contraseña para descargar el RFC 2350 del equipo, solo campos públicos, con firma en claro. La clave y la frase se usan solo para esta firma: nunca se guardan ni se registran.
directory-sign-key = Clave secreta (ASCII blindado)
directory-sign-passphrase = Frase de contraseña
directory-sign-button = Firmar y descargar
directory-sign-refused = Sin firmar: { $reason }
## Team staff and the team record's form (issue 16)
role-team-staff = Personal de equipo
field-team = Equipo del directorio
field-team-help = Solo para el personal de equipo, que mantiene la ficha de su equipo; déjelo vacío para cualquier otro rol.
store-role-needs-team = Un { $role } necesita un equipo del directorio.
store-role-has-no-team = Un { $role } no tiene equipo del directorio.
store-unknown-team = El directorio no tiene ningún equipo «{ $team }».
error-team-edit = Solo la secretaría y el personal del propio equipo pueden modificar esta ficha.
error-team-staff-create = El personal de equipo mantiene la ficha de su propio equipo; solo la secretaría añade equipos.
error-team-staff-country = Solo la secretaría puede trasladar un equipo a otro país.
team-edit-link = Modificar esta ficha
team-new-link = Añadir un equipo
team-form-title-edit = Modificar { $name }
team-form-title-new = Un equipo nuevo
team-form-intro = Cada valor tiene su propio «Quién puede verlo». Para quitar un elemento de una lista, vacíe su fila. No se guarda nada hasta que pulse Guardar, y nada en absoluto mientras algún valor tenga un problema.
team-form-save = Guardar
team-form-kept = No se guardó nada; lo que escribió se conserva abajo.
team-form-more = Añadir 3 filas más a «{ $section }»
team-form-row = { $what } { $n }
team-form-none = —
team-form-other = otro (indique el nombre)
team-form-section-identity = El equipo
team-form-id = Identificador del equipo
team-form-id-hint = De 1 a 60 letras minúsculas, cifras y guiones, como ke-cirt. No se puede cambiar después.
team-form-country-fixed = El país lo mantiene la secretaría.
team-form-rfc2350-updated = Última actualización del RFC 2350
team-form-date-hint = Una fecha: AAAA-MM-DD.
team-form-hours-zone = Zona horaria
team-form-zone-hint = Un nombre de zona horaria IANA, como Africa/Nairobi o UTC.
team-form-bad-date = «{ $value }» no es una fecha: escríbala como AAAA-MM-DD.
team-form-bad-asn = «{ $value }» no es un número de sistema autónomo.
team-form-types = Tipos de equipo
team-form-sector-name = Sector (para un equipo sectorial)
team-form-languages = Idiomas
team-form-language-hint = Una etiqueta BCP 47, como en, fr, ar o zh-Hans.
team-form-websites = Sitios web
team-form-channels = Canales
team-form-channel-kind = Tipo
team-form-channel-other = Nombre de otro tipo (como matrix)
team-form-channel-value = Dirección o número
team-form-channel-usages = Se usa para
team-form-keys = Claves OpenPGP
team-form-keys-hint = Pegue la clave pública del equipo: su huella y sus fechas se leen de la propia clave. Una clave sin su texto puede indicarse por su huella.
team-form-key-armored = Clave pública en armadura ASCII
team-form-key-armored-hint = Nunca pegue una clave secreta (privada): se rechaza. Una clave pegada antes se conserva; pegue una solo para reemplazarla.
team-form-key-fingerprint = Huella
team-form-key-created = Creada
team-form-key-expires = Caduca
team-form-key-url = Dónde obtenerla (dirección web)
team-form-asns = Sistemas autónomos
team-form-asn-hint = El número, con o sin AS.
team-form-prefixes = Prefijos IP
team-form-domains = Dominios
team-form-countries = Países atendidos
team-form-country-code-hint = Un código ISO 3166-1 alfa-3, como KEN.
team-form-sectors = Sectores atendidos
team-form-memberships = Membresías
team-form-network = Red
team-form-network-other = Nombre de otra red
team-form-status = Estado
team-form-status-other = Otro estado
team-form-since = Desde
team-form-contacts = Personas de contacto
team-form-contacts-hint = Datos personales: incluya a una persona solo cuando haya dado su consentimiento, y anote cuándo.
team-form-contact = Persona
team-form-contact-name = Nombre
team-form-contact-kind = Tipo de contacto
team-form-contact-role = Cargo
team-form-contact-channels = Cómo contactarla
team-form-contact-channels-hint = Uno por línea: el tipo, un espacio y luego la dirección o el número, como «email duty@example.org» o «phone +254700000000».
team-form-consent = La persona aceptó figurar en el directorio
team-form-consent-at = Fecha del consentimiento
team-form-consent-note = Nota sobre el consentimiento
## The directory's who's who: regions, countries, the map, mailing lists (issue 16, part 6)
directory-field-region = Región de la UIT
directory-field-network = Red
directory-filter-emergency = Solo equipos con un canal de emergencia
directory-regions = Equipos por región de la UIT
directory-region-title = CIRT de la región { $region }
directory-country-title = CIRT del país: { $country }
directory-map-title = Mapa de equipos
directory-map-desc = Los países con al menos un equipo registrado aparecen rellenos con un color y una trama; cada uno enlaza con la página del país. Todos los equipos figuran también en las tablas bajo el mapa.
directory-map-country = { $country }: { $teams }, sin equipo nacional registrado
directory-map-country-national = { $country }: { $teams }, con equipo nacional registrado
directory-map-key-national-and-more = Equipo nacional y otros equipos
directory-map-key-national = Solo el equipo nacional
directory-map-key-other = Equipos, pero ningún equipo nacional
directory-map-key-none = Ningún equipo registrado
directory-map-skip = Saltar el mapa e ir a las tablas de equipos
directory-lists-title = Listas de distribución
directory-lists-intro = Filtros del directorio guardados con un nombre. Cada uno se descarga como lista de distribución de los equipos que retiene hoy: sus canales en CSV (todos, o los de un uso) o sus tarjetas de contacto.
directory-lists-none = Aún no hay listas. Filtre el directorio y guarde el filtro con un nombre.
directory-list-save = Guardar este filtro como lista de distribución
directory-list-save-hint = La lista guarda el filtro, no los equipos: estos se buscan de nuevo en cada descarga.
directory-list-name = Nombre de la lista
directory-list-save-button = Guardar la lista
directory-list-teams = Equipos hoy
directory-list-downloads = Descargar
directory-list-saved = Guardada
directory-list-delete = Eliminar
directory-list-delete-named = Eliminar la lista { $name }
directory-list-csv = CSV, todos los canales
directory-list-usage-contact = solo contacto
directory-list-usage-emergency = solo emergencias
directory-list-usage-abuse = solo denuncias de abuso
directory-list-usage-reports = solo notificación de incidentes
directory-list-error-name = Dé a la lista un nombre de como máximo { $max } caracteres, en una línea.
directory-list-error-usage = Uso desconocido «{ $usage }»: escriba contact, emergency, abuse o reports.
directory-map-keys = En el mapa, Tab entra por un país; las flechas llevan al país más cercano en esa dirección y Intro abre su página. Todos los equipos figuran también en las tablas bajo el mapa.
check-error-call-closed = Esta llamada ya se anotó como atendida, o no es una llamada: no se cambió nada.
check-call-choose = Llamada: indique si alguien contestó.
check-channel-email = correo
check-channel-phone = teléfono
check-col-call = Anotar la llamada
check-call-note = Nota
check-call-answered = Contestó
check-call-unanswered = Sin respuesta
directory-seen-heading = security.txt
directory-seen-never = Aún no se ha importado ni obtenido ningún security.txt de este equipo.
directory-seen-import = Importado el { $when } desde el archivo { $where }.
directory-seen-fetch = { $found ->
    [yes] Obtenido el { $when } desde { $where }.
   *[no] Buscado el { $when } en { $where }: no encontrado.
}
directory-seen-fetch-button = Obtener el security.txt ahora
directory-seen-how = Importe el security.txt del equipo (página Importar), o deje que el servidor lo obtenga de los sitios web del equipo activando directory.fetch_security_txt en la configuración.
directory-seen-fetch-off = La obtención de archivos security.txt está desactivada en este servidor: un administrador puede activarla con directory.fetch_security_txt = true.
staleness-security-txt-not-checked = el security.txt del equipo aún no se ha comprobado
staleness-security-txt-missing = el sitio web del equipo no tiene security.txt
staleness-security-txt-expired = el security.txt del equipo ha caducado
staleness-security-txt-no-expires = el security.txt del equipo no tiene campo Expires
staleness-security-txt-no-contact = el security.txt del equipo no indica ningún Contact
staleness-security-txt-expires-too-far = el security.txt del equipo caduca dentro de más de un año, así que puede no revisarse
staleness-rfc2350-no-date = la descripción RFC 2350 no tiene fecha de última actualización
staleness-rfc2350-old = la descripción RFC 2350 se actualizó el { $date } (hace { $days } días; el límite es { $limit } días)
staleness-no-key = el equipo no indica ninguna clave OpenPGP
staleness-key-expired = la clave { $fingerprint } caducó el { $date }
staleness-key-expiring = la clave { $fingerprint } caduca el { $date }, dentro de { $limit } días
staleness-never-reached = ninguna comprobación de contacto del equipo ha tenido éxito
staleness-not-reached-recently = la última comprobación de contacto con éxito fue hace { $days } días; el límite es { $limit } días
maturity-status-self-assessment = en autoevaluación
maturity-status-peer-review = en revisión por pares
maturity-status-validated = validada
maturity-status-signed-off = aprobada
maturity-step-submitted = enviada
maturity-step-returned = devuelta
maturity-step-validated = validada
maturity-step-signed-off = aprobada
maturity-act-read = consultar esto
maturity-act-create = iniciar una evaluación
maturity-act-self-assess = cambiar la autoevaluación
maturity-act-evidence = cambiar las evidencias
maturity-act-validate-levels = registrar niveles validados
maturity-act-submit = enviar la evaluación
maturity-act-return = devolver la evaluación
maturity-act-validate = validar la evaluación
maturity-act-sign-off = aprobar la evaluación
maturity-act-assign-reviewer = asignar el revisor
maturity-act-roadmap = cambiar la hoja de ruta
maturity-error-forbidden = No puede { $act } en esta evaluación.
maturity-error-transition = La evaluación está { $status }: no puede ser { $step } ahora.
maturity-error-closed = La evaluación está { $status }: esto ya no se puede cambiar.
maturity-error-return-without-comment = Diga qué debe cambiar el equipo: escriba un motivo o un comentario sobre un parámetro.
maturity-error-framework = El marco tiene { $count } error(es); no se creó ninguna evaluación.
maturity-error-unknown-parameter = «{ $parameter }» no es un parámetro del marco de esta evaluación.
maturity-error-reviewer-own-team = Un miembro del equipo evaluado no puede ser su revisor.
maturity-error-reviewer-role = Un revisor es personal de otro equipo o de la secretaría.
maturity-error-reviewer-inactive = La cuenta del revisor está desactivada.
maturity-error-date = «{ $value }» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-03-31.
maturity-error-expiry-before-issue = La fecha de caducidad es anterior a la fecha de la evidencia.
maturity-error-url = «{ $value }» no es una dirección web: escriba una dirección http:// o https://.
maturity-error-file = No se pudo adjuntar el archivo: súbalo de nuevo.
maturity-error-title-missing = Dé un título a la evidencia.
maturity-error-too-long = El texto «{ $field }» es demasiado largo.
maturity-error-check-other-team = Este mensaje de comprobación se envió a otro equipo.
store-assessment-stale = Otra persona cambió la evaluación (ahora versión { $version }): recargue la página para ver el cambio.
store-parameter-stale = Otra persona cambió este parámetro (ahora versión { $version }): recargue la página para ver el cambio.
store-roadmap-stale = Otra persona cambió este elemento de la hoja de ruta (ahora versión { $version }): recargue la página para ver el cambio.

## CIRT maturity assessments: pages (issue 17)
nav-maturity = Madurez
maturity-title = Evaluaciones de madurez de los CIRT
maturity-explained = El equipo se evalúa en cada parámetro, con una nota y evidencias; un evaluador par de otro equipo, o la secretaría, registra al lado un nivel validado; la secretaría da la aprobación final. Donde hay niveles validados, cuentan esos.
maturity-list = Evaluaciones que puede consultar
maturity-none = Todavía no hay ninguna evaluación que pueda consultar.
maturity-new = Iniciar una evaluación
maturity-start = Iniciar la evaluación
maturity-assessment-title = Evaluación de madurez: { $team }
maturity-col-team = Equipo
maturity-col-framework = Marco
maturity-col-kind = Tipo
maturity-col-status = Estado
maturity-col-round = Ronda
maturity-col-updated = Último cambio
maturity-col-parameter = Parámetro
maturity-col-profile = Perfil
maturity-col-tier = Nivel
maturity-col-from = Actual
maturity-col-to = Necesario
maturity-col-action = Acción sugerida
maturity-col-owner = Responsable
maturity-col-due = Fecha límite
maturity-col-service = Servicio FIRST
maturity-kind-self = Autoevaluación
maturity-kind-peer = Evaluación por pares
maturity-kind-audit = Auditoría
maturity-label-self-assessment = En autoevaluación
maturity-label-peer-review = En revisión por pares
maturity-label-validated = Validada
maturity-label-signed-off = Aprobada
maturity-reviewer = Evaluador par
maturity-reviewer-none = Sin asignar
maturity-reviewer-choose = Evaluador (personal de otro equipo, o la secretaría)
maturity-reviewer-save = Asignar
maturity-progress = Avance
maturity-answered = { $answered } de { $total } parámetros evaluados por el equipo
maturity-expired-count = { $count ->
    [one] { $count } parámetro tiene evidencias con la fecha de revisión vencida.
   *[other] { $count } parámetros tienen evidencias con la fecha de revisión vencida.
}
maturity-roadmap-link = La hoja de ruta del equipo
maturity-diff-link = Qué cambió entre rondas
maturity-tiers = Niveles
maturity-tier-none = ninguno aún
maturity-tier-reached = Nivel alcanzado: { $tier }.
maturity-tier-next = Siguiente nivel: { $tier }.
maturity-blockers = { $count ->
    [one] { $count } parámetro impide el siguiente nivel
   *[other] { $count } parámetros impiden el siguiente nivel
}
maturity-plan = Añadir a la hoja de ruta
maturity-steps = Siguiente paso
maturity-reason = Motivo o mensaje (opcional; necesario para devolver la evaluación si ningún parámetro tiene comentario)
maturity-reason-hint = Se guarda con esta ronda y en el registro de auditoría.
maturity-do-submit = Enviar a revisión por pares
maturity-do-return = Devolver al equipo
maturity-do-validate = Validar
maturity-do-sign-off = Aprobar
maturity-parameters = Parámetros
maturity-self-hint = Elija un nivel para cada parámetro e indique en qué se basa. Guarde cuantas veces quiera: solo se guarda lo que haya cambiado.
maturity-validate-hint = Registre el nivel que puede confirmar en cada parámetro, con un comentario cuando difiera del del equipo.
maturity-self-level = Nivel del equipo
maturity-validated-level = Nivel validado
maturity-note = Nota del equipo
maturity-comment = Comentario del evaluador
maturity-unanswered = Sin evaluar
maturity-differs = difiere del del equipo
maturity-save = Guardar los niveles
maturity-na = n/a
maturity-missing = sin evaluar
maturity-expired = evidencia vencida
maturity-evidence-hint = Evidencias:
maturity-evidence-url = enlace
maturity-evidence-file = archivo
maturity-evidence-check = comprobación de contacto
maturity-evidence-add = Añadir evidencia
maturity-evidence-title = Título
maturity-evidence-address = Dirección web
maturity-evidence-ping = O un mensaje de comprobación de contacto enviado al equipo
maturity-evidence-issued = Fecha de la evidencia
maturity-evidence-expires = Revisar antes de (opcional)
maturity-evidence-save = Añadir la evidencia
maturity-evidence-remove = Quitar
maturity-ping-acked = con acuse de recibo
maturity-ping-not-acked = sin acuse de recibo
maturity-diff-title = Qué cambió entre rondas
maturity-diff-from = Desde
maturity-diff-to = Hasta
maturity-diff-show = Comparar
maturity-diff-none = No cambió nada entre ambas.
maturity-diff-count = { $count ->
    [one] { $count } parámetro cambió
   *[other] { $count } parámetros cambiaron
}
maturity-diff-texts = Notas y comentarios
maturity-round-n = Ronda { $round }
maturity-round-now = Ahora
maturity-roadmap-title = Hoja de ruta: { $team }
maturity-roadmap-explained = Una línea por cada parámetro que impide el siguiente nivel, desde su nivel actual hasta el necesario. Cambie la acción, el responsable, la fecha límite y el estado según avance el trabajo.
maturity-roadmap-download = Descargar la hoja de ruta (XLSX)
maturity-roadmap-empty = La hoja de ruta está vacía. Planifíquela a partir de los niveles de una evaluación.
maturity-roadmap-save = Guardar la línea
maturity-roadmap-open = Abierta
maturity-roadmap-in-progress = En curso
maturity-roadmap-done = Hecha
maturity-roadmap-dropped = Descartada
maturity-service-hint = Opcional: el servicio del FIRST CSIRT Services Framework que esta línea desarrolla, por ejemplo 5.1.
maturity-action-to-1 = { $parameter }: asegúrese de que se hace en la práctica y designe quién lo hace.
maturity-action-to-2 = { $parameter }: documente por escrito cómo se hace, para uso del equipo.
maturity-action-to-3 = { $parameter }: haga aprobar el documento por la dirección del equipo y manténgalo al día.
maturity-action-to-4 = { $parameter }: haga que lo revise una instancia superior o externa al equipo, y actúe según sus conclusiones.
maturity-error-step = Elija uno de los pasos que ofrece la página.
maturity-error-level = «{ $value }» no es un nivel: elija 0, 1, 2, 3, 4 o n/a.
maturity-error-kind = Elija el tipo de evaluación: autoevaluación, evaluación por pares o auditoría.
maturity-error-framework-name = Elija uno de los marcos ofrecidos.
maturity-error-page-version = La página está desactualizada: vuelva a cargarla e inténtelo de nuevo.
maturity-error-version = La página está desactualizada para { $parameter }: vuelva a cargarla e inténtelo de nuevo.
maturity-error-too-long-field = El texto de { $parameter } es demasiado largo (10 000 caracteres como máximo).
maturity-error-reviewer = Elija un evaluador de la lista.
maturity-error-evidence-source = Indique una dirección web, o elija un mensaje de comprobación de contacto.
maturity-error-profile = Elija uno de los perfiles de la evaluación.
maturity-error-roadmap-status = Elija un estado: abierta, en curso, hecha o descartada.
maturity-error-round = «{ $value }» no es una ronda de esta evaluación.
maturity-history-link = Las evaluaciones del equipo a lo largo del tiempo
maturity-all-regions = Todas las regiones
maturity-assessment-n = Evaluación n.º { $id }
maturity-changes = Qué cambió desde la evaluación anterior
maturity-col-assessment = Evaluación
maturity-col-blockers = Impiden el siguiente nivel
maturity-col-country = País
maturity-col-days = Días desde el último cambio
maturity-col-group = Grupo (nivel medio, 0–4)
maturity-col-open-items = Líneas abiertas de la hoja de ruta
maturity-col-region = Región de la UIT
maturity-col-signed-off = Aprobada el
maturity-col-stage = Situación
maturity-col-started = Iniciada el
maturity-error-region = No existe esa región de la UIT: elija una de la lista.
maturity-filter = Mostrar
maturity-groups = Los cuatro grupos
maturity-groups-table = Nivel medio de los parámetros evaluados de cada grupo (sin n/a)
maturity-portfolio-download = Descargar en CSV
maturity-portfolio-explained = Cada país con su CIRT nacional: su situación, el nivel que alcanza su última evaluación en el primer perfil (provisional hasta que se valide), cuánto hace de su último cambio, qué impide el siguiente nivel y las líneas abiertas de su hoja de ruta.
maturity-portfolio-summary = { $countries } países, { $teams } con un equipo en el directorio, { $assessed } evaluados
maturity-portfolio-title = Cartera del programa
maturity-radar-title = Nivel medio de los cuatro grupos: { $team }
maturity-stage-no-team = Ningún equipo en el directorio
maturity-stage-not-assessed = Sin evaluar
maturity-team-title = Madurez a lo largo del tiempo: { $team }
maturity-tier-provisional = { $tier } (provisional)
maturity-timeline = Evaluaciones y nivel que alcanza cada una
maturity-act-publish = elegir qué se publica
maturity-error-publication = Indique si se publica el nivel: sí o no.
maturity-publication = Qué muestra el sitio público
maturity-publication-off = El programa no publica resultados de madurez: no se muestra nada, elija lo que elija el equipo.
maturity-publication-nothing = Ahora no se muestra nada: el equipo no ha aceptado publicar su nivel, o aún no hay ninguna evaluación aprobada.
maturity-publication-shown = La página pública del equipo muestra:
maturity-publication-choose = ¿Publicar el nivel de la última evaluación aprobada en la página pública del equipo?
maturity-publication-yes = Sí, publicar el nivel
maturity-publication-no = No, no publicar nada
maturity-publication-hint = Los niveles, notas, evidencias y la hoja de ruta nunca se publican.
maturity-publication-save = Guardar la elección
maturity-published-tier = { $profile }: { $tier } (aprobada el { $date })
maturity-public-label = Nivel de madurez:
maturity-prefill-title = Evidencias de madurez para el índice nacional
maturity-prefill-for = { $country }, edición { $edition }
maturity-prefill-explained = La última evaluación de madurez aprobada del país respalda estas respuestas del índice, según la tabla de correspondencias de cyberindex. El prellenado solo las añade donde el país no ha respondido, como borradores que el país confirma o corrige; cada una indica su origen.
maturity-prefill-none = Ningún equipo de este país tiene aún una evaluación de madurez aprobada.
maturity-prefill-source = Según la evaluación
maturity-prefill-nothing = Esta evaluación no respalda ninguna respuesta de la edición.
maturity-prefill-count = { $count ->
    [one] { $count } respuesta ofrecida
   *[other] { $count } respuestas ofrecidas
}
maturity-prefill-question = Pregunta
maturity-prefill-offered = Respuesta ofrecida
maturity-prefill-because = Origen
maturity-prefill-current = Respuesta actual del país
maturity-prefill-unanswered = sin respuesta: se prellenará
maturity-prefill-apply = { $count ->
    [one] Prellenar { $count } respuesta para que el país la confirme
   *[other] Prellenar { $count } respuestas para que el país las confirme
}
maturity-prefill-all-answered = El país ha respondido todas estas preguntas: no hay nada que prellenar.
maturity-prefill-link = Ofrecer esta evaluación al índice nacional:
maturity-error-prefill-none = Ningún equipo de este país tiene una evaluación de madurez aprobada desde la que prellenar.
maturity-saved = { $count ->
    [0] No había cambios: no se guardó nada.
    [one] { $count } parámetro guardado.
   *[other] { $count } parámetros guardados.
}

# Seguimiento del establecimiento de CIRT (incidencia 17, parte 6)
establishment-title = Seguimiento del establecimiento de CIRT
establishment-explained = Los compromisos del programa con los países para establecer un CIRT nacional, fase por fase: evaluación, diseño, establecimiento, mejora. Cada fase termina cuando se aprueba su entregable.
establishment-filter = Filtrar
establishment-all-regions = Todas las regiones
establishment-none = No hay compromisos que mostrar.
establishment-list = Compromisos por país
establishment-col-country = País
establishment-col-region = Región de la UIT
establishment-col-phase = Fase
establishment-col-days = Tiempo en la fase
establishment-col-pending = Entregables pendientes de decisión
establishment-col-missing = Entregables requeridos aún no aprobados
establishment-new = Iniciar un compromiso
establishment-team = Equipo del directorio
establishment-team-none = Aún sin equipo
establishment-team-hint = Vincule el CIRT nacional cuando figure en el directorio: su personal podrá seguir el compromiso.
establishment-team-choose = Equipo
establishment-team-save = Guardar el equipo
establishment-note = Nota
establishment-start = Iniciar
establishment-heading = Establecimiento del CIRT nacional: { $country }
establishment-phases = Fases
establishment-phase-assessment = Evaluación
establishment-phase-design = Diseño
establishment-phase-establishment = Establecimiento
establishment-phase-enhancement = Mejora
establishment-phase-closed = Cerrado
establishment-step-done = terminada
establishment-step-current = fase actual
establishment-step-todo = por venir
establishment-kind-readiness-report = informe de preparación
establishment-kind-design-document = documento de diseño
establishment-kind-procedures = procedimientos
establishment-kind-handover = traspaso
establishment-kind-other = otro documento
establishment-status-submitted = presentado
establishment-status-approved = aprobado
establishment-status-changes-requested = cambios solicitados
establishment-move = Fase siguiente
establishment-move-to = Pasar a: { $phase }
establishment-blocked = La fase «{ $phase }» no puede terminar antes de que se apruebe su entregable ({ $deliverable }).
establishment-required = Entregable requerido: { $deliverable }.
establishment-required-ok = Aprobado.
establishment-required-missing = Aún no aprobado.
establishment-no-deliverables = Aún no hay entregables en esta fase.
establishment-deliverables-of = Entregables de la fase «{ $phase }»
establishment-col-title = Título
establishment-col-kind = Tipo
establishment-col-date = Fecha del documento
establishment-col-status = Estado
establishment-col-decision = Decisión
establishment-decide-on = Decisión sobre { $title }
establishment-comment = Comentario
establishment-approve = Aprobar
establishment-request-changes = Solicitar cambios
establishment-upload = Añadir un entregable
establishment-other-phase = Fase (para otro documento)
establishment-other-phase-hint = Un entregable requerido va a su propia fase; otro documento va a la fase elegida aquí.
establishment-source = El documento: un archivo o un enlace
establishment-file = Archivo
establishment-file-hint = PDF, documentos de oficina, imágenes o texto, dentro del límite de tamaño.
establishment-url = Enlace
establishment-add = Añadir
establishment-services = Servicios previstos
establishment-services-source = Áreas de servicio y servicios del FIRST CSIRT Services Framework v2.1 (identificadores y nombres en inglés), cada uno con la fase en que comienza.
establishment-service-phase = Fase en que comienza el servicio { $service }
establishment-services-save = Guardar los servicios previstos
establishment-services-none = Aún no hay servicios previstos.
establishment-col-service = Servicio
establishment-col-starts = Comienza en
establishment-history = Historial de fases
establishment-col-when = Cuándo
establishment-col-change = Cambio
establishment-col-by = Por
establishment-stale = Otra persona modificó este compromiso o entregable: vuelva a cargar la página e inténtelo de nuevo.
establishment-act-read = leer esto
establishment-act-create = iniciar un compromiso
establishment-act-move = cambiar la fase
establishment-act-link-team = vincular el equipo
establishment-act-upload = añadir un entregable
establishment-act-decide = decidir sobre un entregable
establishment-act-services = planificar los servicios
establishment-error-forbidden = No puede { $act } en este compromiso.
establishment-error-country = «{ $value }» no es un código de país: use ISO 3166 alfa-3, como KEN.
establishment-error-open = { $country } ya tiene un compromiso abierto (número { $id }): ciérrelo primero.
establishment-error-unknown-team = El directorio no tiene el equipo «{ $team }».
establishment-error-closed = El compromiso está cerrado: ya no puede modificarse.
establishment-error-phase-order = El compromiso está en la fase «{ $from }»: solo puede pasar a la fase siguiente, no a «{ $to }».
establishment-error-deliverable-missing = La fase «{ $phase }» no puede terminar antes de que se apruebe su entregable ({ $deliverable }).
establishment-error-kind-phase = Un entregable de este tipo ({ $deliverable }) pertenece a la fase «{ $phase }».
establishment-error-phase-not-reached = El compromiso aún no ha llegado a la fase «{ $phase }».
establishment-error-title-missing = Dé un título al entregable.
establishment-error-source = Suba un archivo o indique un enlace (uno de los dos).
establishment-error-decided = Ya se decidió sobre este entregable.
establishment-error-comment-required = Indique qué debe cambiar: se requiere un comentario para solicitar cambios.
establishment-error-too-long = El campo { $field } es demasiado largo.
establishment-error-phase-value = «{ $value }» no es una fase: elija evaluación, diseño, establecimiento o mejora.
establishment-error-kind = «{ $value }» no es un tipo de entregable: elija uno de la lista.
establishment-error-decision = «{ $value }» no es una decisión: apruebe o solicite cambios.
establishment-error-service = «{ $id }» no es un servicio del FIRST CSIRT Services Framework v2.1.
establishment-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
establishment-error-service-phase = Servicio { $id }: «{ $value }» no es una fase: elija evaluación, diseño, establecimiento o mejora.
# Publication day: the demonstration being prepared (issue 19)
preparing-title = Preparando la demostración
preparing-text = Se están creando los datos de demostración. Esta página se vuelve a cargar sola en unos segundos.
preparing-reload = Volver a cargar ahora

## CyberDrills (issue 18): consola y puestos
nav-drills = Ejercicios
drill-title = CyberDrills
drill-explained = Los ejercicios que usted dirige: publique los injects a los equipos, siga sus respuestas y evalúelas frente a las acciones esperadas.
drill-none = Aún no dirige ningún ejercicio. Planifique uno a partir de un escenario guardado (Planificar un ejercicio), o con la línea de órdenes (cyberindex drill create).
drill-list = Ejercicios que dirige
drill-col-title = Ejercicio
drill-col-host = Anfitrión
drill-col-start = Inicio previsto
drill-col-status = Estado
drill-col-teams = Equipos
drill-col-team = Equipo
drill-col-comms = Prueba de comunicaciones
drill-col-score = Puntuación
drill-col-target = Objetivo
drill-col-evaluated = Expectativas evaluadas
drill-col-role = Función
drill-col-label = Etiqueta
drill-col-link-state = Enlace
drill-col-actions = Acciones
drill-col-inject = Inject
drill-col-move = Fase
drill-col-at = Tiempo desde el inicio
drill-col-channel = Canal
drill-col-state = Estado
drill-scenario = Escenario
drill-clock = Reloj
drill-exercise-time = Tiempo de ejercicio
drill-simulated-time = Tiempo simulado
drill-reload = Recargar esta página
drill-status-planned = previsto
drill-status-comms-check = en prueba de comunicaciones
drill-status-running = en curso
drill-status-paused = en pausa
drill-status-ended = terminado
drill-status-reported = con informe
drill-step-comms-check = Enviar la prueba de comunicaciones
drill-step-start = Iniciar el ejercicio
drill-step-pause = Pausar
drill-step-resume = Reanudar
drill-step-end = Terminar el ejercicio
drill-step-report = Marcar el informe como emitido
drill-teams = Equipos
drill-no-teams = Todavía no participa ningún equipo. Añada equipos del directorio aquí abajo.
drill-comms-result = { $acknowledged } de { $sent } confirmados, { $failed } fallidos
drill-comms-none = sin probar
drill-links = Enlaces de participantes
drill-links-explained = Jugadores, evaluadores y observadores entran sin cuenta, cada uno con un enlace de un solo uso. Envíe cada enlace a una sola persona.
drill-link-new = Emitir un enlace
drill-link-all-teams = Todos los equipos
drill-link-team-hint = Un enlace de jugador necesita un equipo; uno de evaluador u observador cubre un equipo o todos.
drill-link-issue = Emitir el enlace
drill-link-issued = Enlace emitido
drill-link-issued-for = Un enlace para un { $role } ({ $team }).
drill-link-address = El enlace
drill-link-once = Cópielo ahora: solo se muestra esta vez, sirve una vez y caduca el { $when }.
drill-back-to-console = Volver a la consola
drill-link-revoke = Retirar
drill-link-revoke-named = Retirar el enlace { $label }
drill-link-revoked = retirado
drill-link-used = usado el { $when }
drill-link-expired = caducado
drill-link-open = sin usar, válido hasta el { $when }
drill-role-player = jugador
drill-role-observer = observador
drill-role-evaluator = evaluador
drill-timeline = Cronología
drill-inject-pending = en espera
drill-inject-released = publicado
drill-inject-released-at = publicado a las { $at }
drill-inject-ready = listo para publicar
drill-inject-held = retenido
drill-inject-skipped = omitido
drill-inject-moved = movido
drill-act-release = Publicar ahora
drill-act-release-named = Publicar { $inject } ahora
drill-act-hold = Retener
drill-act-hold-named = Retener { $inject }
drill-act-resume = Reanudar
drill-act-resume-named = Reanudar { $inject }
drill-act-skip = Omitir
drill-act-skip-named = Omitir { $inject }
drill-act-move = Mover
drill-act-move-named = Mover { $inject } a este minuto
drill-minutes-from-start = Minutos desde el inicio
drill-channel-portal = portal
drill-channel-email = correo
drill-channel-news = noticia
drill-channel-document = documento
drill-responses = Respuestas
drill-no-responses = Aún no hay respuestas.
drill-response-file = Documento
drill-verdict = Evaluación
drill-result-success = éxito
drill-result-partial = parcial
drill-result-failed = fallo
drill-comment = Comentario
drill-evaluate = Registrar la evaluación
drill-join-title = Unirse a un ejercicio
drill-join-explained = Este enlace abre su puesto en un ejercicio CyberDrill. Sirve una sola vez: únase desde el navegador que usará durante el ejercicio.
drill-join = Unirse al ejercicio
drill-fictional = Este escenario es ficticio: un ejercicio, no un incidente real.
drill-score-against-target = Puntuación { $score } frente a un objetivo de { $target }
drill-no-injects = Todavía no se ha publicado nada para este equipo.
drill-news-feed = Noticias
drill-inbox = Injects
drill-released-at = publicado a las { $at }
drill-expectation = Se espera
drill-your-response = Su respuesta
drill-send-response = Enviar la respuesta
drill-act-read = ver este ejercicio
drill-act-run = dirigir el ejercicio
drill-act-respond = responder
drill-act-evaluate = evaluar respuestas
drill-act-lessons = responder al cuestionario de lecciones
drill-error-forbidden = No puede { $act } en este ejercicio.
drill-error-scenario = El escenario tiene problemas: { $problems }
drill-error-scenario-changed = El escenario { $id } versión { $version } ya existe con otro contenido: dé una nueva versión al escenario modificado.
drill-error-status = El ejercicio está { $status }: no puede { $act } ahora.
drill-error-released = El inject { $inject } ya se publicó: ya no puede cambiar.
drill-error-dependency = El inject { $inject } espera a { $depends }.
drill-error-expectation = El inject { $inject } no tiene la expectativa { $index }.
drill-error-unknown-team = El directorio no tiene ningún equipo «{ $team }».
drill-error-empty-response = Escriba una respuesta o adjunte un documento.
drill-error-score = Una puntuación es un número entero de 0 a 100.
drill-error-too-long = El campo { $field } es demasiado largo.
drill-error-empty = El campo { $field } está vacío.
drill-error-time-zone = «{ $value }» no es un huso horario: escriba UTC o un desfase como UTC+03:00.
drill-error-language = El escenario no está escrito en «{ $lang }»: elija entre { $available }.
drill-error-date = «{ $value }» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-03-31.
drill-error-link-used = Este enlace ya se usó. Pida uno nuevo al facilitador.
drill-error-link-expired = Este enlace ha caducado.
drill-error-link-revoked = Este enlace fue retirado. Pida uno nuevo al facilitador.
drill-error-link-unknown = Este enlace no es válido.
drill-error-link-team = Un enlace de jugador necesita uno de los equipos del ejercicio.
drill-error-step = Elija un paso que el ejercicio pueda dar.
drill-error-act = Elija publicar, retener, reanudar, omitir o mover.
drill-error-minutes = El tiempo es un número entero de minutos de 0 a { $max }.
drill-error-number = «{ $value }» no es un número entero.
drill-error-result = Elija éxito, parcial o fallo.
drill-error-role = Elija jugador, evaluador u observador.
drill-changed = Este ejercicio ha cambiado: recargue la página para verlo (lo que está escribiendo se conserva hasta que recargue).
# Issue 17: el informe de la evaluación (PDF), las comprobaciones de contacto como evidencia, la fase en la cartera
report-maturity-title = { $team }: evaluación de la madurez
report-maturity-source = Evaluación de la madurez { $id }, ronda { $round }. Difusión restringida: no publicar.
report-maturity-next = Nivel siguiente
report-maturity-blockers = Impide el nivel siguiente
report-maturity-no-blockers = Nada impide el nivel siguiente.
report-maturity-evidence = Evidencias
report-maturity-evidence-none = No hay evidencias registradas.
report-maturity-expires = Revisar antes del
report-maturity-roadmap = Hoja de ruta
report-maturity-roadmap-none = La hoja de ruta está vacía.
report-maturity-restricted = Este informe contiene el detalle de los parámetros de la evaluación: niveles, notas, comentarios, evidencias y hoja de ruta. Está reservado al equipo, a su revisor y a la secretaría del programa. Solo puede publicarse el nivel, y solo con el consentimiento del equipo.
maturity-report-download = Descargar esta evaluación en PDF
maturity-reach-offers = Comprobaciones de contacto del equipo aún no adjuntas aquí:
maturity-reach-attach = Adjuntar como evidencia
maturity-reach-evidence-title = Comprobación de contacto del { $date } ({ $address }): { $outcome }
maturity-col-phase = Fase de establecimiento
maturity-error-parameter-level = { $parameter }: «{ $value }» no es un nivel: elija 0, 1, 2, 3, 4 o n/a.
maturity-error-parameter-twice = { $parameter } aparece más de una vez: envíe cada parámetro una sola vez.
maturity-evidence-upload = O un archivo
maturity-evidence-upload-hint = Indique una dirección web, un mensaje de comprobación o un archivo: PDF, documento de oficina, imagen o texto, hasta { $size } MB. Se rechazan las páginas web y otro marcado.
maturity-error-evidence-one-source = Indique un archivo, una dirección web o un mensaje de comprobación, no más de uno.
maturity-error-evidence-field = Campo desconocido «{ $field }»: use parameter, title, url, ping, file, issued o expires.
maturity-sheet-group = Grupo
maturity-sheet-name = Nombre corto
maturity-sheet-evidence = Evidencias (título: dónde (fecha → revisar antes de))
maturity-export-link = Descargar como libro (XLSX)
maturity-import-link = Importar los niveles del equipo desde un libro
maturity-import-title = Importar la autoevaluación de la evaluación { $id }
maturity-import-back = Volver a la evaluación
maturity-import-nothing-applied = No se ha aplicado nada. Corrija en el libro cada celda indicada aquí y vuelva a leerlo.
maturity-import-preview = Lo que cambia el libro
maturity-import-changes = Cambios en los niveles y notas del equipo
maturity-import-from = Ahora
maturity-import-to = En el libro
maturity-import-note-same = sin cambios
maturity-import-upload = Leer un libro
maturity-import-hint = Use el libro de esta evaluación: solo se leen el parámetro (columna A), el nivel del equipo (D) y la nota (E). Los niveles son de 0 a 4 o n/a, vacíos si no se califican. Nada se aplica antes de que confirme la vista previa.
maturity-import-file = Libro (.xlsx)
maturity-import-read = Previsualizar los cambios
maturity-import-error-no-parameter = { $cell }: indique el identificador del parámetro de esta fila.
maturity-import-error-parameter = { $cell }: «{ $value }» no es un parámetro del marco de esta evaluación.
maturity-import-error-duplicate = { $cell }: { $parameter } ya está en la fila { $row }.
maturity-import-error-level = { $cell }: el nivel «{ $value }» no está en la escala 0–4 o n/a.
maturity-import-error-too-long = { $cell }: la nota de { $parameter } supera los 10 000 caracteres.
maturity-import-error-file = El archivo no pudo leerse como libro: { $detail }
maturity-import-error-empty = La hoja no tiene filas de parámetros: complete el libro exportado de esta evaluación.
maturity-import-error-no-file = Elija el libro que se leerá.
maturity-import-errors = { $count ->
    [one] Un problema en el libro
   *[other] { $count } problemas en el libro
}
maturity-import-summary = { $count ->
    [0] { $file }: el libro no cambia nada.
    [one] { $file }: un cambio en los niveles y notas del equipo.
   *[other] { $file }: { $count } cambios en los niveles y notas del equipo.
}
maturity-import-apply = { $count ->
    [one] Aplicar el cambio
   *[other] Aplicar los { $count } cambios
}
maturity-error-control-field = El texto de { $parameter } contiene un carácter de control: elimínelo.
establishment-error-field = Campo desconocido «{ $field }»: use kind, phase, title, issued, url o file.

## The after-action report of a drill (crates/report/src/drill.rs, crates/drill/src/report.rs)
drill-report-title = { $title }: informe posterior a la acción
drill-report-source = Ejercicio { $id }, { $date } · { $tlp }
drill-report-copy-full = Informe completo: los resultados de todos los equipos. Los resultados de cada equipo son confidenciales: solo para el equipo, el anfitrión y la secretaría del programa.
drill-report-copy-team = Copia para { $team }: solo los resultados de este equipo, confidenciales para el equipo, el anfitrión y la secretaría del programa.
drill-report-copy-public = Informe público: los resultados agregados, publicados con el acuerdo del anfitrión. No se nombra a ningún equipo.
drill-report-summary = Resumen
drill-report-drill = Ejercicio
drill-report-level = Nivel
drill-report-level-national = Nacional
drill-report-level-regional = Regional
drill-report-level-global = Mundial
drill-report-mode = Modalidad
drill-report-mode-tabletop = De mesa
drill-report-mode-hybrid = Híbrido
drill-report-mode-strategy = Estratégico
drill-report-time-zone = Huso horario
drill-report-languages = Idiomas
drill-report-start = Inicio
drill-report-end = Fin
drill-report-scenario = Escenario
drill-report-version = Versión del escenario
drill-report-tlp = TLP
drill-report-licence = Licencia
drill-report-timeline = Cronología
drill-report-planned = Hora prevista
drill-report-released = Enviado a las (tiempo de ejercicio)
drill-report-inject-title = Título
drill-report-results = Resultados por equipo
drill-report-expectation = Expectativa
drill-report-verdicts = Evaluaciones
drill-report-expected = Puntuación esperada
drill-report-met = Cumplida
drill-report-not-met = No cumplida
drill-report-not-evaluated = Sin evaluar
drill-report-confidential = Confidencial: los resultados de cada equipo son solo para ese equipo, el anfitrión y la secretaría del programa.
drill-report-aggregate = Agregado
drill-report-responses = Respuestas
drill-report-mean = Puntuación media
drill-report-min = Puntuación más baja
drill-report-max = Puntuación más alta
drill-report-share = Proporción de equipos (%)
drill-report-strengths = Fortalezas
drill-report-gaps = Carencias
drill-report-improvements = Plan de mejora
drill-report-lessons = Lecciones
drill-report-none = Ninguno.
drill-report-issue = Problema
drill-report-question = Pregunta
drill-report-answer = Respuesta
drill-report-anonymous = Anónimo
drill-report-heading = Informe posterior a la acción
drill-report-pdf = PDF
drill-report-xlsx = Libro (XLSX)
drill-report-own = El informe posterior a la acción de su equipo (PDF)
nav-drill-results = Resultados de ejercicios
drill-public-title = Resultados de CyberDrills
drill-public-explained = Los resultados agregados de los CyberDrills cuyo anfitrión aceptó publicarlos. No se nombra a ningún equipo: los resultados de cada equipo quedan para ese equipo, el anfitrión y la secretaría del programa.
drill-public-none = Todavía no se han publicado resultados de ejercicios.
drill-public-list = Ejercicios publicados, del más reciente al más antiguo
drill-public-copy = La copia pública del informe posterior a la acción: el agregado de todos los equipos, sin nombrar a ninguno.
drill-public-shares = Proporción de equipos evaluados que cumplieron cada expectativa
drill-public-evaluated = Equipos evaluados
# Issue 18: planning on the web, teams, improvement plan, lessons, documents, programme
drill-new-title = Planificar un ejercicio
drill-new-no-scenario = Aún no hay ningún escenario guardado. Importe uno con la línea de órdenes (cyberindex drill import).
drill-new-host-team = Equipo cuyo personal dirige el ejercicio
drill-new-no-host-team = Ninguno: solo la secretaría
drill-new-host-team-hint = El personal de este equipo del directorio puede llevar la consola del ejercicio, además de la secretaría.
drill-new-time-zone = Huso horario
drill-new-time-zone-hint = UTC, o un desfase como UTC+03:00. El inicio de abajo está en este huso.
drill-new-start = Inicio previsto
drill-new-languages = Idiomas
drill-new-languages-hint = Códigos de idioma separados por comas, como en,fr. Déjelo vacío para todos los idiomas del escenario.
drill-new-public-results = El anfitrión acepta publicar los resultados agregados
drill-new-create = Crear el ejercicio
drill-col-level = Nivel
drill-col-mode = Modalidad
drill-level-national = nacional
drill-level-regional = regional
drill-level-global = mundial
drill-mode-tabletop = de mesa
drill-mode-hybrid = híbrido
drill-mode-strategy = estratégico
drill-error-new-field = Campo desconocido «{ $field }»: use scenario, title, level, mode, host, host_team, time_zone, start, languages o public_results.
drill-error-new-scenario = Elija una versión de escenario.
drill-error-new-level = Elija nacional, regional o mundial.
drill-error-new-mode = Elija de mesa, híbrido o estratégico.
drill-error-new-start = «{ $value }» no es un inicio: indique fecha y hora, como 2026-12-10T09:00.
drill-team-add = Añadir un equipo
drill-team-choose = Elija un equipo del directorio
drill-team-roles = Funciones en el escenario
drill-team-roles-hint = Un inject dirigido a una función va a los equipos que la desempeñan; los injects para todos los equipos van a cada uno.
drill-team-consent = El equipo acepta ofrecer sus resultados como evidencia en su próxima evaluación de madurez
drill-team-consent-hint = Solo entonces se ofrecen a su evaluación sus puntuaciones en las expectativas vinculadas a parámetros de madurez.
drill-team-add-button = Añadir el equipo
drill-error-team-field = Campo desconocido «{ $field }»: use team, roles o consent.
drill-error-team-missing = Elija un equipo.
drill-error-team-role = «{ $role }» no es una función de este escenario: elija entre { $roles }.
drill-improvements = Plan de mejora
drill-improvements-explained = Lo que los equipos y el anfitrión cambiarán después del ejercicio: cada problema con su acción, responsable, fecha límite y el parámetro de madurez al que sirve.
drill-improvements-none = El plan de mejora está vacío.
drill-improvement-issue = Problema
drill-improvement-action = Acción
drill-improvement-owner = Responsable
drill-improvement-due = Fecha límite
drill-improvement-parameter = Parámetro de madurez
drill-improvement-no-parameter = Ninguno
drill-improvement-status = Estado
drill-improvement-save = Guardar el elemento
drill-improvement-new = Añadir un elemento
drill-improvement-add = Añadir al plan
drill-error-improvement-team = «{ $team }» no participa en este ejercicio.
drill-error-improvement-parameter = «{ $parameter }» no está vinculado a este escenario: elija entre { $parameters }.
drill-lessons = Lecciones aprendidas
drill-lessons-none = Aún no hay respuestas al cuestionario de lecciones.
drill-lessons-explained = Responda las preguntas que desee; las vacías se omiten.
drill-lessons-sent = Gracias: sus respuestas quedan registradas.
drill-lessons-anonymous = Responder de forma anónima
drill-lessons-anonymous-hint = Entonces el nombre de su equipo no se guarda ni con las respuestas ni en el registro de auditoría.
drill-lessons-send = Enviar las respuestas
drill-lesson-question = Pregunta
drill-lesson-answer = Respuesta
drill-lesson-by = De
drill-lesson-anonymous = anónimo
drill-lesson-went-well = ¿Qué funcionó bien en la respuesta de su equipo?
drill-lesson-went-badly = ¿Qué no funcionó o tardó demasiado?
drill-lesson-procedures = ¿Qué procedimientos o contactos va a cambiar?
drill-lesson-missing = ¿Qué capacidades, herramientas o información faltaron?
drill-lesson-next = ¿Qué debería hacer de otro modo el próximo ejercicio?
drill-error-lesson-field = Campo desconocido «{ $field }»: responda las preguntas del formulario.
drill-response-document = O adjunte un documento
drill-response-hint = Escriba una respuesta, adjunte un documento (PDF, documento de oficina, imagen o texto), o ambas cosas.
drill-response-unsent = Su respuesta, no enviada (cópiela para conservarla):
drill-error-response-field = Campo desconocido «{ $field }»: use inject, expectation, text o file.
drill-programme-title = Programa de ejercicios
drill-programme-explained = Cada ejercicio con los países y equipos participantes, la participación y el resultado agregado. Elija un país para ver su historial de participación.
drill-programme-year = Año
drill-programme-all-years = Todos los años
drill-programme-country = Historial de un país
drill-programme-no-country = Ningún país
drill-programme-history = { $country }: ejercicios en los que participó
drill-programme-history-none = Ningún equipo de este país ha participado en un ejercicio.
drill-programme-summary = { $count ->
    [one] Un ejercicio
   *[other] { $count } ejercicios
}
drill-programme-participation = respondieron { $responded } de { $teams } equipos
drill-programme-score = media { $score } (objetivo { $target })
drill-programme-team-score = { $team }: { $score } (objetivo { $target })
drill-col-countries = Países
drill-col-participation = Participación
drill-col-mean-score = Resultado agregado
drill-error-year = «{ $value }» no es un año: escriba cuatro cifras, como 2026.
drill-error-country = «{ $value }» no es un código de país: use un código ISO 3166 alfa-3, como KEN.
maturity-drill-offers = Resultados de ejercicios CyberDrill que el equipo aceptó ofrecer:
maturity-drill-offer = { $drill } ({ $date }): { $score } frente a un objetivo de { $target } en { $count } expectativas
maturity-drill-evidence-title = Ejercicio CyberDrill «{ $drill }» del { $date }: { $score } frente a un objetivo de { $target } en { $count } expectativas vinculadas a este parámetro
maturity-error-drill-offer = Este resultado de CyberDrill no se ofrece para este parámetro: el ejercicio no ha terminado, el equipo no aceptó ofrecerlo o su informe ya está adjunto. Vuelva a cargar la página para ver lo que se ofrece.
