// The gateway's home page: plain HTML with no external asset, so it works without internet.

const EXAMPLE = `query Dossier($ruc: String!) {
  taxpayer(ruc: $ruc) {
    ruc kind checksumVerified
    salInstitution { name governmentFunction status pendingAuthorizationProcesses }
    salAccessKeys { status holderNames issuedAt deactivationReason }
    systemKeyRecoveries { system channel status receivedAt attentionPoint { city } }
    trainerCredentials { code status validUntil }
    iessEmployer { businessName sector { name } hasEmployerKey }
    iessEmployerKeyRequests { channel status submittedAt appointmentAt }
  }
}`;

export function landingPageHtml(): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Llavero · pasarela GraphQL</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #1b2733; }
  h1 { margin-bottom: 0 } textarea, input { width: 100%; font: 14px ui-monospace, monospace; box-sizing: border-box; }
  textarea { height: 16rem; } pre { background: #f3f5f7; padding: 1rem; overflow: auto; max-height: 30rem; }
  button { font-size: 1rem; padding: .5rem 1.25rem; margin-top: .5rem; } label { font-weight: 600; display: block; margin-top: 1rem; }
</style>
</head>
<body>
<h1>Llavero</h1>
<p>Todas las credenciales de acceso que tiene un RUC en el Ministerio del Trabajo y el IESS, en una sola consulta GraphQL.
El punto de acceso es <code>POST /graphql</code>. Estado: <a href="/health/live">/health/live</a> · <a href="/health/ready">/health/ready</a>.</p>
<p>RUC de demostración: <code>1760001630001</code> (institución pública), <code>1791234561001</code> (sociedad), <code>1712345675001</code> (persona natural).</p>
<form id="f">
<label for="q">Consulta</label>
<textarea id="q">${EXAMPLE}</textarea>
<label for="v">Variables (JSON)</label>
<input id="v" value='{"ruc": "1760001630001"}'>
<label for="t">Token (opcional, "Bearer …")</label>
<input id="t" autocomplete="off">
<button type="submit">Ejecutar</button>
</form>
<pre id="out" aria-live="polite"></pre>
<script>
document.getElementById('f').addEventListener('submit', async (event) => {
  event.preventDefault();
  const out = document.getElementById('out');
  let variables;
  try { variables = JSON.parse(document.getElementById('v').value || '{}'); }
  catch { out.textContent = 'Las variables no son JSON válido.'; return; }
  const headers = { 'content-type': 'application/json' };
  const token = document.getElementById('t').value.trim();
  if (token) headers.authorization = token.startsWith('Bearer ') ? token : 'Bearer ' + token;
  out.textContent = 'Consultando…';
  try {
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: document.getElementById('q').value, variables }) });
    out.textContent = JSON.stringify(await response.json(), null, 2);
  } catch (error) { out.textContent = 'No se pudo contactar la pasarela: ' + error; }
});
</script>
</body>
</html>`;
}
