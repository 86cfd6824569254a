/** The site's name, as in the page shell (src/layouts/BaseLayout.astro). */
export const SITE_NAME = 'Văn kiện – Chương trình công tác';
