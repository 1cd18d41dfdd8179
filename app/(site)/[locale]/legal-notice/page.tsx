import { sitePage } from '../site-page'

const page = sitePage('legalNotice')
export const generateMetadata = page.generateMetadata
export default page.Page
